//! The layout's images (the logo) as the writer's images: a JPEG as it is (shown with
//! `DCTDecode`), decoded pixels as RGB with an alpha soft mask (PDF/A-2 allows
//! transparency). A CMYK JPEG would need a CMYK colour profile in an archival file, so it is
//! left out with a warning saying what to give instead.

use super::super::image::{Image, ImageData};
use krilla::image::{BitsPerComponent, CustomImage, ImageColorspace};
use std::sync::Arc;

/// Each image, or `None` (with a warning) when it cannot go into the PDF.
pub(super) fn convert(
    images: &[Image],
    warnings: &mut Vec<String>,
) -> Vec<Option<krilla::image::Image>> {
    images
        .iter()
        .map(|img| {
            let out = match &img.data {
                ImageData::Jpeg { bytes, .. } if is_cmyk_jpeg(bytes) => Err(
                    "it is a CMYK JPEG, which an archival PDF cannot show without a colour \
                     profile: give an RGB JPEG or a PNG"
                        .to_string(),
                ),
                ImageData::Jpeg { bytes, .. } => {
                    krilla::image::Image::from_jpeg(bytes.clone().into(), false)
                }
                ImageData::Pixels { rgb, alpha } => {
                    let pixels = Pixels {
                        rgb: Arc::from(rgb.as_slice()),
                        alpha: alpha.as_deref().map(Arc::from),
                        size: (img.width, img.height),
                    };
                    krilla::image::Image::from_custom(pixels, false)
                }
            };
            out.map_err(|e| {
                warnings.push(format!(
                    "the {} is not in the PDF: {e}",
                    img.name.to_lowercase()
                ));
            })
            .ok()
        })
        .collect()
}

fn is_cmyk_jpeg(bytes: &[u8]) -> bool {
    crate::model::theme::jpeg_frame(bytes).is_some_and(|f| f.components == 4)
}

/// Decoded 8-bit RGB pixels and an optional alpha channel.
#[derive(Clone, Hash)]
struct Pixels {
    rgb: Arc<[u8]>,
    alpha: Option<Arc<[u8]>>,
    size: (u32, u32),
}

impl CustomImage for Pixels {
    fn color_channel(&self) -> &[u8] {
        &self.rgb
    }

    fn alpha_channel(&self) -> Option<&[u8]> {
        self.alpha.as_deref()
    }

    fn bits_per_component(&self) -> BitsPerComponent {
        BitsPerComponent::Eight
    }

    fn size(&self) -> (u32, u32) {
        self.size
    }

    fn icc_profile(&self) -> Option<&[u8]> {
        None
    }

    fn color_space(&self) -> ImageColorspace {
        ImageColorspace::Rgb
    }
}
