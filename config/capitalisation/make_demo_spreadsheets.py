#!/usr/bin/python3
"""Writes the demo's capitalisation spreadsheets (config/capitalisation/):
pratiques.csv (UTF-8, ';') and plans-d-action.xlsx (openpyxl, one sheet).

The content is written here as a working group would fill its files; run
again after editing: `python3 config/capitalisation/make_demo_spreadsheets.py`.
The workbook's dates are fixed so that the file is the same at every run.
"""
import csv
import datetime
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

PRACTICE_HEADER = ["Identifiant", "Titre", "Départements", "Axe", "Type", "Public", "Partenaires", "Résumé",
                   "Résultats observés", "Contact", "Liens", "Date de début", "Statut", "Dernière mise à jour",
                   "Indicateurs"]

# id, title, départements, axis, kind, public, partners, summary, results, contact, links, start, status, update, indicators
PRACTICES = [
    ("44-REP-01", "Repérage des fragilités de santé dès l'inscription", "44", "Repérage", "Outil",
     "Demandeurs d'emploi", "France Travail 44, Cap emploi 44",
     "Grille de six questions posée par le conseiller France Travail lors de l'entretien d'inscription pour repérer une restriction de santé non déclarée et proposer un rendez-vous Cap emploi.",
     "En 2025, 212 orientations vers Cap emploi issues de la grille, dont 61 % suivies d'une demande de RQTH.",
     "Pôle partenariats, France Travail Loire-Atlantique", "https://www.francetravail.fr", "mars 2025", "En cours",
     "2026-09-30", "DEBOE, RQTH_DEMANDES"),
    ("49-REP-02", "Permanences Cap emploi dans les agences France Travail", "49", "Repérage", "Action",
     "Demandeurs d'emploi", "Cap emploi 49, France Travail 49",
     "Une demi-journée par semaine, un conseiller Cap emploi reçoit sans rendez-vous dans les quatre agences France Travail du Maine-et-Loire.",
     "Délai d'entrée en accompagnement ramené de 7 à 3 semaines.", "contact@capemploi49.fr", "", "01/09/2024",
     "Pérennisée", "2026-10-02", "PLACEMENTS_CE"),
    ("53-REP-03", "Signalement précoce par les médecins traitants", "53", "Repérage", "Action", "Médecins",
     "CPAM de la Mayenne, CARSAT Pays de la Loire, service de prévention et de santé au travail de la Mayenne",
     "Formulaire simplifié permettant au médecin traitant de signaler à la cellule PDP un salarié en arrêt long, avec son accord.",
     "38 signalements la première année, contre 9 auparavant venant des médecins traitants.",
     "Cellule PDP, CPAM de la Mayenne", "https://www.ameli.fr", "2024-01-15", "En cours", "2026-08-20",
     "SIGNALEMENTS_PDP"),
    ("72-REP-04", "Repérage des jeunes en mission locale", "72", "Repérage", "Guide", "Jeunes",
     "Missions locales de la Sarthe, Cap emploi 72, MDPH de la Sarthe",
     "Guide d'entretien pour les conseillers des missions locales : comment aborder le handicap, quand proposer la RQTH, à qui adresser le jeune.",
     "Guide diffusé aux 80 conseillers ; 45 jeunes orientés vers Cap emploi en six mois.",
     "Coordination des missions locales de la Sarthe", "", "2025-02-01", "En cours", "2026-07-10",
     "RQTH_DEMANDES"),
    ("85-REP-05", "Repérage en ateliers collectifs France Travail", "85", "Repérage", "Action",
     "Demandeurs d'emploi", "France Travail 85, Cap emploi 85",
     "Atelier « Santé et retour à l'emploi » proposé aux demandeurs d'emploi inscrits depuis plus d'un an, animé à deux voix.",
     "Un participant sur quatre découvre qu'il peut prétendre à la RQTH.", "accueil@capemploi85.fr", "",
     "2025-04-01", "En cours", "2026-10-15", "DEBOE_A"),
    ("44-REM-01", "Ateliers de remobilisation par le sport adapté", "44", "Remobilisation", "Action",
     "Demandeurs d'emploi", "Comité départemental sport adapté, Cap emploi 44, Agefiph",
     "Cycle de dix séances d'activité physique adaptée suivies d'un temps d'échange sur le projet professionnel.",
     "14 participants sur 18 entrés en formation ou en emploi dans les six mois.",
     "Référente remobilisation, Cap emploi 44", "", "2025-01-06", "En cours", "2026-10-01", "DEBOE"),
    ("49-REM-02", "Immersions en entreprise adaptée", "49", "Remobilisation", "Action",
     "Demandeurs d'emploi", "Entreprises adaptées du Maine-et-Loire, France Travail 49",
     "Périodes de mise en situation en milieu professionnel de deux semaines dans une entreprise adaptée pour reprendre un rythme de travail.",
     "", "Service entreprises, France Travail Maine-et-Loire", "", "2024-10-01", "En cours", "2026-03-12",
     "PLACEMENTS_CE"),
    ("53-REM-03", "Remobilisation des personnes en invalidité", "53", "Remobilisation", "Expérimentation",
     "Salariés", "CARSAT Pays de la Loire, Cap emploi 53, CPAM de la Mayenne",
     "Accompagnement collectif de trois mois pour les personnes en invalidité catégorie 1 souhaitant reprendre une activité.",
     "Première promotion de 9 personnes ; 4 reprises d'activité à temps partiel.",
     "Service social régional, CARSAT Pays de la Loire", "", "2025-09-01", "En cours", "2026-10-20",
     "MAINTIENS_PDP"),
    ("72-REM-04", "Chantier d'insertion « Cap sur l'avenir »", "72", "Remobilisation", "Action",
     "Demandeurs d'emploi", "Chantier d'insertion du Mans, Cap emploi 72",
     "Postes aménagés réservés aux bénéficiaires de l'obligation d'emploi dans un chantier d'insertion en maraîchage.",
     "", "Direction, chantier d'insertion du Mans", "", "2023-05-01", "Pérennisée", "2026-06-30", ""),
    ("85-REM-05", "Groupes de parole vers l'emploi", "85", "Remobilisation", "Action", "Demandeurs d'emploi",
     "Cap emploi 85, Groupe d'entraide mutuelle de La Roche-sur-Yon",
     "Groupes de parole mensuels animés avec un GEM pour les personnes éloignées de l'emploi après une maladie psychique.",
     "", "Cap emploi 85, pôle accompagnement", "", "2025-11-01", "En projet", "2026-10-30", ""),
    ("44-ACC-01", "Référent de parcours unique emploi et handicap", "44", "Accompagnement global", "Action",
     "Demandeurs d'emploi", "Département de Loire-Atlantique, France Travail 44, Cap emploi 44",
     "Un référent unique pour les allocataires du RSA ayant une RQTH, qui coordonne l'accompagnement social et professionnel.",
     "Durée moyenne de parcours réduite de quatre mois.", "Direction de l'insertion, Département de Loire-Atlantique",
     "https://www.loire-atlantique.fr", "2024-06-01", "En cours", "2026-09-15", "DEBOE"),
    ("49-ACC-02", "Accompagnement global France Travail – Cap emploi", "49", "Accompagnement global", "Action",
     "Demandeurs d'emploi", "France Travail 49, Cap emploi 49, Département de Maine-et-Loire",
     "Binôme conseiller emploi et travailleur social pour les personnes cumulant handicap et freins sociaux.", "",
     "contact@capemploi49.fr", "", "2025-03-01", "En cours", "2026-09-01", "DEBOE_A"),
    ("53-ACC-03", "Plateforme emploi accompagné de la Mayenne", "53", "Accompagnement global", "Action",
     "Salariés, Demandeurs d'emploi", "Plateforme emploi accompagné 53, Agefiph, ARS Pays de la Loire",
     "Accompagnement médico-social et professionnel durable, sans limite de durée, des personnes en situation de handicap psychique ou cognitif.",
     "52 personnes accompagnées, 31 en emploi en milieu ordinaire.", "Coordination, plateforme emploi accompagné 53",
     "https://www.agefiph.fr", "2023-01-01", "Pérennisée", "2026-10-05", "PLACEMENTS_CE"),
    ("72-ACC-04", "Parcours coordonné après un accident du travail", "72", "Accompagnement global", "Action",
     "Salariés", "CARSAT Pays de la Loire, CPAM de la Sarthe, service de prévention et de santé au travail de la Sarthe",
     "Rendez-vous de coordination à trois, dès le troisième mois d'arrêt, pour préparer le retour ou la reconversion.",
     "", "Service social régional, CARSAT Pays de la Loire", "", "2025-06-01", "En cours", "2026-04-02",
     "MAINTIENS_PDP"),
    ("85-ACC-05", "Accompagnement renforcé des seniors en situation de handicap", "85", "Accompagnement global",
     "Action", "Demandeurs d'emploi", "Cap emploi 85, France Travail 85",
     "Accompagnement de douze mois pour les demandeurs d'emploi de plus de 55 ans bénéficiaires de l'obligation d'emploi.",
     "", "Cap emploi 85, pôle accompagnement", "", "2025-09-15", "En cours", "2026-10-12", "ANCIENNETE_DEBOE"),
    ("44-COO-01", "Comité technique départemental emploi handicap", "44", "Coordination", "Action",
     "Professionnels", "France Travail 44, Cap emploi 44, MDPH de Loire-Atlantique, Agefiph, CARSAT Pays de la Loire",
     "Réunion trimestrielle des opérateurs pour traiter les situations bloquées et partager les actualités.",
     "", "Chargée de mission PRITH, DREETS Pays de la Loire", "", "2022-09-01", "Pérennisée", "2026-10-10", ""),
    ("49-COO-02", "Annuaire partagé des acteurs emploi et handicap", "49", "Coordination", "Outil", "Professionnels",
     "MDPH de Maine-et-Loire, Cap emploi 49, missions locales du Maine-et-Loire",
     "Annuaire en ligne des interlocuteurs de chaque structure, mis à jour chaque semestre par le groupe de travail.",
     "Consulté par 140 professionnels ; demandé par la Sarthe.", "Groupe de travail PRITH 49",
     "https://www.mdph49.fr", "2024-11-01", "En cours", "2026-10-01", ""),
    ("53-COO-03", "Matinales de l'interconnaissance", "53", "Coordination", "Action", "Professionnels",
     "Cap emploi 53, France Travail 53, MDPH de la Mayenne, missions locales de la Mayenne",
     "Une matinée par trimestre, une structure présente son offre de service aux autres, avec un cas pratique.",
     "", "Groupe de travail PRITH 53", "", "2025-01-20", "En cours", "2025-12-15", ""),
    ("72-COO-04", "Fiche de liaison commune MDPH – opérateurs", "72", "Coordination", "Outil", "Professionnels",
     "MDPH de la Sarthe, Cap emploi 72, France Travail 72",
     "Fiche unique transmise avec l'accord de la personne pour éviter de lui faire raconter son parcours plusieurs fois.",
     "Délai de traitement des orientations professionnelles réduit de 15 jours.", "Service insertion, MDPH de la Sarthe",
     "", "2024-04-01", "Pérennisée", "2026-09-20", "DELAI_RQTH"),
    ("PDL-COO-05", "Cartographie régionale des ressources emploi handicap", "Pays de la Loire", "Coordination",
     "Outil", "Professionnels", "DREETS Pays de la Loire, Agefiph, Cap emploi, France Travail",
     "Carte des dispositifs par département, alimentée par les groupes de travail départementaux.", "",
     "Chargée de mission PRITH, DREETS Pays de la Loire", "https://pays-de-la-loire.dreets.gouv.fr", "2025-05-01",
     "En cours", "2026-10-28", ""),
    ("44-MAI-01", "Cellule PDP de Loire-Atlantique : signalement en ligne", "44", "Maintien en emploi", "Outil",
     "Salariés", "CARSAT Pays de la Loire, CPAM de Loire-Atlantique, services de prévention et de santé au travail de Loire-Atlantique",
     "Formulaire en ligne unique pour signaler à la cellule PDP un salarié menacé de perte d'emploi pour raison de santé.",
     "Signalements en hausse de 30 % la première année.", "Cellule PDP, CPAM de Loire-Atlantique",
     "https://www.ameli.fr", "2024-03-01", "Pérennisée", "2026-10-01", "SIGNALEMENTS_PDP, MAINTIENS_PDP"),
    ("49-MAI-02", "Essais encadrés pendant l'arrêt de travail", "49", "Maintien en emploi", "Action", "Salariés",
     "CPAM de Maine-et-Loire, Cap emploi 49, service de prévention et de santé au travail de l'Anjou",
     "Promotion des essais encadrés pour tester un poste aménagé ou un nouveau métier avant la reprise.",
     "27 essais encadrés réalisés en 2025, 19 suivis d'un maintien.", "Cap emploi 49, service maintien",
     "", "2025-01-01", "En cours", "2026-09-30", "MAINTIENS_CE"),
    ("53-MAI-03", "Étude de poste conjointe ergonome – Cap emploi", "53", "Maintien en emploi", "Action",
     "Salariés, Employeurs", "Cap emploi 53, service de prévention et de santé au travail de la Mayenne, Agefiph",
     "Visite commune de l'ergonome et du chargé de maintien pour proposer l'aménagement et son financement en une fois.",
     "", "Cap emploi 53, maintien dans l'emploi", "", "2025-05-01", "En cours", "2026-10-01", "MAINTIENS_CE"),
    ("72-MAI-04", "Rendez-vous de liaison employeur – salarié en arrêt", "72", "Maintien en emploi",
     "Support de communication", "Employeurs, Salariés", "CARSAT Pays de la Loire, Cap emploi 72",
     "Dépliant et vidéo expliquant le rendez-vous de liaison aux employeurs et aux salariés en arrêt de plus de 30 jours.",
     "", "Service social régional, CARSAT Pays de la Loire", "https://www.carsat-pl.fr", "2025-03-01", "En cours",
     "2026-08-01", "SIGNALEMENTS_PDP"),
    ("85-MAI-05", "Formation des managers au maintien dans l'emploi", "85", "Maintien en emploi", "Formation",
     "Employeurs", "Cap emploi 85, Agefiph, service de prévention et de santé au travail de Vendée",
     "Demi-journée de formation des managers d'entreprises de plus de 50 salariés : signaux d'alerte, interlocuteurs, aides.",
     "", "Cap emploi 85, service entreprises", "", "2025-10-01", "En cours", "2026-10-20", "MAINTIENS_CE"),
    ("44-SEN-01", "Petits-déjeuners employeurs emploi et handicap", "44", "Sensibilisation des employeurs",
     "Action", "Employeurs", "Cap emploi 44, CCI Nantes Saint-Nazaire, Agefiph",
     "Rencontres trimestrielles entre dirigeants de TPE-PME et conseillers Cap emploi autour d'un témoignage d'entreprise.",
     "Une entreprise participante sur cinq a déposé une offre auprès de Cap emploi.", "contact@capemploi44.fr", "",
     "2024-09-01", "Pérennisée", "2026-10-05", "PLACEMENTS_CE"),
    ("49-SEN-02", "Guide employeur : recruter une personne handicapée", "49, 53", "Sensibilisation des employeurs",
     "Guide", "Employeurs", "Cap emploi 49, Cap emploi 53, Agefiph",
     "Guide de huit pages sur les aides, l'obligation d'emploi et les interlocuteurs, coécrit avec des chefs d'entreprise.",
     "", "Cap emploi 49, service entreprises", "https://www.agefiph.fr", "2025-06-01", "En cours", "2026-09-01", ""),
    ("72-SEN-03", "Semaine européenne pour l'emploi des personnes handicapées : job dating", "72",
     "Sensibilisation des employeurs", "Action", "Employeurs, Demandeurs d'emploi",
     "France Travail 72, Cap emploi 72, Agefiph",
     "Job dating annuel au Mans pendant la SEEPH, avec des entreprises préparées en amont par Cap emploi.",
     "En 2025, 34 entreprises et 160 candidats ; 22 recrutements à trois mois.", "Service entreprises, France Travail Sarthe",
     "", "2023-11-01", "Pérennisée", "2026-01-10", "PLACEMENTS_CE"),
    ("85-SEN-04", "Kit de communication « Handicap et emploi, parlons-en »", "85", "Sensibilisation des employeurs",
     "Support de communication", "Employeurs", "Cap emploi 85, CPME Vendée",
     "Affiches, vidéo courte et fiches repères destinées aux employeurs vendéens, diffusées par les organisations patronales.",
     "", "Cap emploi 85, communication", "https://www.capemploi85.fr", "2025-11-15", "En cours", "2026-11-02", ""),
    ("53-SEN-05", "Sensibilisation des médecins du travail au rôle de Cap emploi", "53",
     "Sensibilisation des employeurs", "Formation", "Médecins",
     "Service de prévention et de santé au travail de la Mayenne, Cap emploi 53",
     "Intervention annuelle de Cap emploi auprès des équipes pluridisciplinaires de santé au travail.", "",
     "Cap emploi 53, maintien dans l'emploi", "", "2025-03-01", "En cours", "2026-09-10", ""),
    # Planted fault 1 (config/README.md): "Insertion professionnelle" is not an axis → axis_unknown.
    ("85-INS-06", "Parrainage par des salariés retraités", "85", "Insertion professionnelle", "Action",
     "Demandeurs d'emploi", "Cap emploi 85, association Égée",
     "Des retraités bénévoles parrainent des demandeurs d'emploi handicapés pendant six mois.", "",
     "Cap emploi 85, pôle accompagnement", "", "2025-09-01", "En cours", "2026-10-01", ""),
]

ACTION_HEADER = ["Département", "Priorité", "N°", "Action", "Pilote", "Partenaires", "Statut", "Début prévu",
                 "Fin prévue", "Début réel", "Fin réelle", "Avancement (%)", "Indicateurs", "Dernière mise à jour"]

P1 = "Pérenniser les groupes de travail"
P2 = "Interconnaissance des acteurs"
P3 = "Recenser et partager les ressources"
P4 = "Communiquer auprès des médecins et des employeurs"

D = datetime.date


def plan(dep, rows):
    return [(dep,) + row for row in rows]


ACTIONS = (
    plan("Loire-Atlantique", [
        (P1, "A1", "Fixer un calendrier annuel des réunions du groupe de travail", "DREETS Pays de la Loire",
         "Cap emploi 44, France Travail 44", "Réalisée", D(2025, 1, 1), D(2025, 3, 31), D(2025, 1, 15), D(2025, 3, 20),
         100, "", D(2026, 10, 1)),
        (P2, "A2", "Organiser deux matinées d'immersion croisée entre conseillers", "Cap emploi 44",
         "France Travail 44, MDPH de Loire-Atlantique", "En cours", D(2025, 9, 1), D(2026, 6, 30), D(2025, 10, 1), None,
         50, "", D(2026, 10, 1)),
        (P3, "A3", "Alimenter la cartographie régionale des ressources", "Groupe de travail PRITH 44",
         "Agefiph", "En cours", D(2025, 5, 1), D(2026, 12, 31), D(2025, 5, 15), None, 60, "", D(2026, 9, 15)),
        (P4, "A4", "Présenter la cellule PDP aux médecins généralistes", "CPAM de Loire-Atlantique",
         "CARSAT Pays de la Loire, URPS médecins", "À lancer", D(2026, 1, 1), D(2026, 6, 30), None, None, 0,
         "SIGNALEMENTS_PDP", D(2026, 10, 1)),
    ]),
    plan("49", [
        (P1, "A1", "Désigner un binôme d'animation du groupe de travail", "Cap emploi 49", "France Travail 49",
         "Réalisée", D(2025, 1, 1), D(2025, 2, 28), D(2025, 1, 10), D(2025, 2, 15), 100, "", D(2026, 9, 1)),
        (P2, "A2", "Mettre à jour l'annuaire partagé des acteurs", "MDPH de Maine-et-Loire", "Cap emploi 49",
         "En cours", D(2025, 6, 1), D(2026, 12, 31), D(2025, 6, 1), None, 70, "", D(2026, 10, 1)),
        (P3, "A3", "Diffuser le guide employeur aux réseaux patronaux", "Cap emploi 49", "CCI Maine-et-Loire",
         "En cours", D(2025, 9, 1), D(2026, 3, 31), D(2025, 9, 15), None, 40, "PLACEMENTS_CE", D(2026, 9, 1)),
        (P4, "A4", "Courrier d'information aux médecins du travail", "Service de prévention et de santé au travail de l'Anjou",
         "Cap emploi 49", "Reportée", D(2025, 10, 1), D(2025, 12, 31), None, None, 10, "", D(2026, 4, 1)),
    ]),
    plan("Mayenne", [
        (P1, "A1", "Tenir un relevé de décisions partagé", "Cap emploi 53", "France Travail 53", "Réalisée",
         D(2025, 2, 1), D(2025, 4, 30), D(2025, 2, 1), D(2025, 4, 15), 100, "", D(2026, 9, 1)),
        (P2, "A2", "Matinales de l'interconnaissance", "Groupe de travail PRITH 53",
         "MDPH de la Mayenne, missions locales de la Mayenne", "En cours", D(2025, 1, 20), D(2026, 12, 31),
         D(2025, 1, 20), None, 75, "", D(2026, 10, 15)),
        (P4, "A3", "Former les secrétariats médicaux au signalement PDP", "CPAM de la Mayenne",
         "CARSAT Pays de la Loire", "En cours", D(2025, 11, 1), D(2026, 6, 30), D(2025, 12, 1), None, 30,
         "SIGNALEMENTS_PDP", D(2026, 10, 1)),
    ]),
    plan("72", [
        (P1, "A1", "Ouvrir le groupe de travail aux missions locales", "France Travail 72",
         "Missions locales de la Sarthe", "Réalisée", D(2025, 3, 1), D(2025, 6, 30), D(2025, 3, 1), D(2025, 6, 10),
         100, "", D(2026, 8, 1)),
        (P3, "A2", "Reprendre l'annuaire partagé du Maine-et-Loire", "MDPH de la Sarthe", "MDPH de Maine-et-Loire",
         "À lancer", D(2026, 1, 1), D(2026, 9, 30), None, None, 0, "", D(2026, 3, 1)),
        (P4, "A3", "Rencontres employeurs pendant la SEEPH", "France Travail 72", "Cap emploi 72, Agefiph",
         "Réalisée", D(2025, 9, 1), D(2025, 11, 30), D(2025, 9, 1), D(2025, 11, 21), 100, "PLACEMENTS_CE",
         D(2026, 1, 10)),
    ]),
    plan("85", [
        (P1, "A1", "Formaliser une charte du groupe de travail", "Cap emploi 85", "France Travail 85, MDPH de la Vendée",
         "En cours", D(2025, 9, 1), D(2026, 3, 31), D(2025, 10, 1), None, 80, "", D(2026, 10, 1)),
        (P2, "A2", "Journée de découverte des structures pour les nouveaux conseillers", "France Travail 85",
         "Cap emploi 85", "Abandonnée", D(2025, 6, 1), D(2025, 12, 31), None, None, 0, "", D(2026, 2, 1)),
        (P3, "A3", "Recenser les outils de repérage utilisés en Vendée", "Groupe de travail PRITH 85", "",
         "En cours", D(2026, 1, 1), D(2026, 12, 31), D(2026, 2, 1), None, 25, "", D(2026, 10, 20)),
        # Planted fault 2 (config/README.md): "Réalisée" without actual end date → done_without_date.
        (P4, "A4", "Diffuser le kit de communication aux employeurs", "Cap emploi 85", "CPME Vendée", "Réalisée",
         D(2025, 11, 15), D(2026, 3, 31), D(2025, 11, 15), None, 100, "", D(2026, 11, 2)),
    ]),
)


def write_practices(path):
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";", lineterminator="\n")
        writer.writerow(PRACTICE_HEADER)
        for row in PRACTICES:
            writer.writerow(row)


def write_actions(path):
    from openpyxl import Workbook
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Plans d'action"
    sheet.append(ACTION_HEADER)
    for row in [action for departement in ACTIONS for action in departement]:
        sheet.append(list(row))
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD/MM/YYYY"
    fixed = datetime.datetime(2026, 11, 1)
    workbook.properties.created = fixed
    workbook.properties.modified = fixed
    workbook.save(path)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else HERE
    write_practices(os.path.join(folder, "pratiques.csv"))
    write_actions(os.path.join(folder, "plans-d-action.xlsx"))


if __name__ == "__main__":
    main()
