// Reading the PNG files prith writes back into pixels, for the chart and map
// tests: decode with cairo, then look at one pixel's colour.
#pragma once

#include <cairo.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace prith::test {

// The decoded image (check cairo_surface_status; the caller destroys it).
inline cairo_surface_t* decode_png(const std::string& png) {
  struct Reader {
    const std::string* bytes;
    std::size_t at = 0;
  } reader{&png};
  auto read = [](void* closure, unsigned char* data, unsigned int length) {
    auto* from = static_cast<Reader*>(closure);
    if (from->at + length > from->bytes->size()) return CAIRO_STATUS_READ_ERROR;
    std::copy_n(from->bytes->data() + from->at, length, data);
    from->at += length;
    return CAIRO_STATUS_SUCCESS;
  };
  cairo_surface_t* image = cairo_image_surface_create_from_png_stream(read, &reader);
  cairo_surface_flush(image);
  return image;
}

// The pixel's colour as 0xRRGGBB (opaque surfaces: premultiplication is a no-op).
inline std::uint32_t pixel(cairo_surface_t* surface, int x, int y) {
  unsigned char* row = cairo_image_surface_get_data(surface) + y * cairo_image_surface_get_stride(surface);
  return reinterpret_cast<std::uint32_t*>(row)[x] & 0xFFFFFF;
}

}  // namespace prith::test
