// A PNG encoder for opaque chart images, written on zlib because
// cairo_surface_write_to_png spends ~9 ms of a chart's ~9.5 ms in zlib's
// default level with 4-byte RGBA pixels. Charts are flat colours on white:
// RGB (3 bytes), the "Up" filter (a row like the one above becomes zeros)
// and zlib level 1 compress them in a quarter of the time, 16 % larger
// (bench/render/README.md). Deterministic: no time, no text chunk, fixed settings.
#pragma once

#include <string>

typedef struct _cairo_surface cairo_surface_t;

namespace prith {

// The PNG bytes of an opaque ARGB32 (or RGB24) image surface; alpha is dropped.
// `level` is zlib's (1 fastest … 9 smallest).
// `strategy` is zlib's (0 Z_DEFAULT_STRATEGY, 3 Z_RLE), for the bench's comparisons.
std::string encode_png_rgb(cairo_surface_t* surface, int level = 1, int strategy = 0);

}  // namespace prith
