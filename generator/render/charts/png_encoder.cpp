#include "render/charts/png_encoder.h"

#include <cairo.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace prith {

namespace {

void put_u32(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value >> 24);
  out += static_cast<char>(value >> 16);
  out += static_cast<char>(value >> 8);
  out += static_cast<char>(value);
}

void put_chunk(std::string& out, const char* type, const std::string& data) {
  put_u32(out, static_cast<std::uint32_t>(data.size()));
  std::size_t start = out.size();
  out.append(type, 4);
  out += data;
  uLong crc = crc32(0, reinterpret_cast<const Bytef*>(out.data() + start), static_cast<uInt>(out.size() - start));
  put_u32(out, static_cast<std::uint32_t>(crc));
}

// Rows as PNG wants them before deflate: a filter byte, then RGB triples.
std::vector<unsigned char> filtered_rows(cairo_surface_t* surface, int width, int height) {
  const unsigned char* data = cairo_image_surface_get_data(surface);
  int stride = cairo_image_surface_get_stride(surface);
  std::size_t row_bytes = static_cast<std::size_t>(width) * 3;
  std::vector<unsigned char> rgb(row_bytes * 2);  // this row and the one above
  std::vector<unsigned char> out((row_bytes + 1) * static_cast<std::size_t>(height));
  unsigned char* next = out.data();
  for (int y = 0; y < height; ++y) {
    unsigned char* current = rgb.data() + (y % 2) * row_bytes;
    const unsigned char* above = rgb.data() + ((y + 1) % 2) * row_bytes;
    auto* pixels = reinterpret_cast<const std::uint32_t*>(data + static_cast<std::size_t>(y) * stride);
    for (int x = 0; x < width; ++x) {
      current[3 * x] = static_cast<unsigned char>(pixels[x] >> 16);
      current[3 * x + 1] = static_cast<unsigned char>(pixels[x] >> 8);
      current[3 * x + 2] = static_cast<unsigned char>(pixels[x]);
    }
    // Up, except the first row, which has nothing above (None).
    *next++ = y == 0 ? 0 : 2;
    if (y == 0) {
      std::copy(current, current + row_bytes, next);
    } else {
      for (std::size_t i = 0; i < row_bytes; ++i) next[i] = static_cast<unsigned char>(current[i] - above[i]);
    }
    next += row_bytes;
  }
  return out;
}

}  // namespace

std::string encode_png_rgb(cairo_surface_t* surface, int level, int strategy) {
  cairo_surface_flush(surface);
  int width = cairo_image_surface_get_width(surface), height = cairo_image_surface_get_height(surface);
  std::vector<unsigned char> raw = filtered_rows(surface, width, height);

  z_stream stream{};
  deflateInit2(&stream, level, Z_DEFLATED, 15, 8, strategy);
  std::string compressed(deflateBound(&stream, static_cast<uLong>(raw.size())), '\0');
  stream.next_in = raw.data();
  stream.avail_in = static_cast<uInt>(raw.size());
  stream.next_out = reinterpret_cast<Bytef*>(compressed.data());
  stream.avail_out = static_cast<uInt>(compressed.size());
  deflate(&stream, Z_FINISH);  // the buffer holds deflateBound: one call finishes
  compressed.resize(stream.total_out);
  deflateEnd(&stream);

  std::string png("\x89PNG\r\n\x1a\n", 8);
  std::string header;
  put_u32(header, static_cast<std::uint32_t>(width));
  put_u32(header, static_cast<std::uint32_t>(height));
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8 bits, RGB, deflate, adaptive filters, no interlace
  put_chunk(png, "IHDR", header);
  put_chunk(png, "IDAT", compressed);
  put_chunk(png, "IEND", "");
  return png;
}

}  // namespace prith
