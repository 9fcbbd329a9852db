//! The layout's images, put on the pages of printpdf's finished lopdf document.
//!
//! printpdf 0.12 has no way to draw an image we decoded ourselves, so each image becomes an
//! image XObject (a JPEG as it is with `DCTDecode`, pixels as RGB with an alpha soft mask), and
//! each page that shows it gets a content stream in front of its own that draws it.

use super::super::image::{Image, ImageData};
use super::super::layout::{Item, Layout};
use super::super::style as st;
use lopdf::{dictionary, Document, Object, ObjectId, Stream};

/// Where one image goes on one page (top-left origin, points).
#[derive(Debug, Clone, Copy)]
pub(super) struct Placement {
    pub(super) image: usize,
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) w: f32,
    pub(super) h: f32,
}

/// The images each page draws, in page order.
pub(super) fn placements(layout: &Layout) -> Vec<Vec<Placement>> {
    layout
        .pages
        .iter()
        .map(|p| {
            p.items
                .iter()
                .filter_map(|it| match *it {
                    Item::Image { x, y, w, h, image } => Some(Placement { image, x, y, w, h }),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// Adds the images and draws them where `placements` say.
pub(super) fn place(lo: &mut Document, images: &[Image], placements: &[Vec<Placement>]) {
    let used: Vec<usize> = (0..images.len())
        .filter(|i| placements.iter().flatten().any(|p| p.image == *i))
        .collect();
    let mut objects: Vec<Option<ObjectId>> = vec![None; images.len()];
    for i in used {
        objects[i] = Some(add_image(lo, &images[i]));
    }
    let pages: Vec<_> = lo.get_pages().into_values().collect();
    for (page, placed) in pages.into_iter().zip(placements) {
        if placed.is_empty() {
            continue;
        }
        let Ok(dict) = lo.get_dictionary(page) else {
            continue;
        };
        let page_h = dict
            .get(b"MediaBox")
            .and_then(Object::as_array)
            .ok()
            .and_then(|a| a.get(3))
            .and_then(|o| o.as_float().ok())
            .unwrap_or(st::A4_H);
        let mut ops = String::new();
        for p in placed {
            let name = resource_name(&images[p.image]);
            ops.push_str(&format!(
                "q {:.3} 0 0 {:.3} {:.3} {:.3} cm /{name} Do Q\n",
                p.w,
                p.h,
                p.x,
                page_h - p.y - p.h
            ));
        }
        let content = lo.add_object(Stream::new(dictionary! {}, ops.into_bytes()));
        for p in placed {
            if let Some(id) = objects[p.image] {
                let _ = lo.add_xobject(page, resource_name(&images[p.image]), id);
            }
        }
        if let Ok(dict) = lo.get_dictionary_mut(page) {
            let mut contents = match dict.get(b"Contents") {
                Ok(Object::Array(a)) => a.clone(),
                Ok(o @ Object::Reference(_)) => vec![o.clone()],
                _ => Vec::new(),
            };
            contents.insert(0, Object::Reference(content));
            dict.set("Contents", Object::Array(contents));
        }
    }
}

fn resource_name(image: &Image) -> String {
    format!("Annexa{}", image.name)
}

/// The image's XObject (and its soft mask).
fn add_image(lo: &mut Document, image: &Image) -> ObjectId {
    let (w, h) = (i64::from(image.width), i64::from(image.height));
    let stream = match &image.data {
        ImageData::Jpeg { bytes, gray } => {
            let space = if *gray { "DeviceGray" } else { "DeviceRGB" };
            let dict = dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => w,
                "Height" => h, "ColorSpace" => space, "BitsPerComponent" => 8,
                "Filter" => "DCTDecode",
            };
            Stream::new(dict, bytes.clone())
        }
        ImageData::Pixels { rgb, alpha } => {
            let mut dict = dictionary! {
                "Type" => "XObject", "Subtype" => "Image", "Width" => w,
                "Height" => h, "ColorSpace" => "DeviceRGB",
                "BitsPerComponent" => 8,
            };
            if let Some(alpha) = alpha {
                let mask = dictionary! {
                    "Type" => "XObject", "Subtype" => "Image", "Width" => w,
                    "Height" => h, "ColorSpace" => "DeviceGray",
                    "BitsPerComponent" => 8,
                };
                let mask = lo.add_object(Stream::new(mask, alpha.clone()));
                dict.set("SMask", Object::Reference(mask));
            }
            Stream::new(dict, rgb.clone())
        }
    };
    lo.add_object(stream)
}
