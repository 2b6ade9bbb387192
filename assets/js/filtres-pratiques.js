// The catalogue of practices filtered in place (pratiques/*.html): shows the
// form, and on each change hides the items whose data-* attributes do not
// match every chosen value. Without JavaScript the static filtered lists
// (pratiques/axe-….html…) linked below the form do the same job.
(function () {
  'use strict';
  var form = document.getElementById('filtres-pratiques');
  var list = document.getElementById('liste-pratiques');
  var count = document.getElementById('compte-pratiques');
  if (!form || !list) return;
  var selects = form.querySelectorAll('select[data-filtre]');
  var items = list.querySelectorAll('li.pratique');

  function matches(item, select) {
    if (!select.value) return true;
    var values = (item.getAttribute('data-' + select.getAttribute('data-filtre')) || '').split(' ');
    return values.indexOf(select.value) !== -1;
  }

  function apply() {
    var shown = 0;
    for (var i = 0; i < items.length; i++) {
      var visible = true;
      for (var j = 0; j < selects.length; j++) visible = visible && matches(items[i], selects[j]);
      items[i].hidden = !visible;
      if (visible) shown++;
    }
    if (count) count.textContent = shown + (shown > 1 ? ' pratiques' : ' pratique');
  }

  form.hidden = false;
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  for (var k = 0; k < selects.length; k++) selects[k].addEventListener('change', apply);
})();
