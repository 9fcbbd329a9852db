//! Reading one file from disk, safely: regular files only, and never more than a cap.
//!
//! A path in a decisions file can name anything: a named pipe (FIFO) blocks `open()` for ever, a
//! socket or a device is not a file at all, and `/dev/zero` (or a symlink to it) reads until
//! memory runs out. So every file annexa reads goes through [`read`]: the path's type is checked
//! first (following symlinks), the opened file's type again (the path may have changed in
//! between), and the bytes are read through a cap, checked while reading rather than trusted
//! from the file's size. Each kind of input has its own cap ([`Kind::cap`]), documented in the
//! README's "Limits on hostile input".

use std::fs::{File, FileType};
use std::io::Read as _;
use std::path::Path;

const MIB: u64 = 1 << 20;

/// What a file is read as; each kind has its own size cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A decisions, catalog, overlay, relations or theme file.
    Yaml,
    /// A theme's logo.
    Logo,
    /// A theme's TrueType font.
    Font,
    /// A theme's DOCX reference document.
    Reference,
    /// One file of a template folder.
    Template,
    /// The spreadsheet `annexa import` reads (xlsx, xls, ods, csv).
    Spreadsheet,
}

impl Kind {
    /// The most bytes annexa reads for this kind of file.
    ///
    /// - YAML, 64 MiB: a decisions file for 10,000 controls with full texts is about 10 MB; 64
    ///   MiB leaves room for six times that while a run stays under 1 GB of memory.
    /// - Logo, 8 MiB: a logo is drawn 6.5 mm high in the PDF and 36 px high in the HTML; a
    ///   larger PNG is scaled down to what the page needs, a JPEG over 1 MiB is refused (see
    ///   `crate::model::logo`).
    /// - Font, 32 MiB: a TrueType family with CJK coverage is 10–20 MB.
    /// - DOCX reference document, 32 MiB: a corporate template with its logos is well under
    ///   1 MB; each part taken from it is bounded again when it is unzipped.
    /// - Template, 4 MiB per file: the built-in templates are a few KB each.
    /// - Spreadsheet, 32 MiB: an SoA workbook of 1,000 controls is about 100 KB; pictures and
    ///   other sheets may add a few MB.
    pub fn cap(self) -> u64 {
        match self {
            Kind::Yaml => 64 * MIB,
            Kind::Logo => 8 * MIB,
            Kind::Font | Kind::Reference => 32 * MIB,
            Kind::Template => 4 * MIB,
            Kind::Spreadsheet => 32 * MIB,
        }
    }

    /// How messages name the kind, after "larger than the N MiB annexa reads for".
    pub fn what(self) -> &'static str {
        match self {
            Kind::Yaml => "a YAML file",
            Kind::Logo => "a logo",
            Kind::Font => "a font",
            Kind::Reference => "a DOCX reference document",
            Kind::Template => "a template",
            Kind::Spreadsheet => "a spreadsheet",
        }
    }
}

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// It is a folder, a named pipe, a socket or a device, not a regular file.
    NotAFile(&'static str),
    /// A folder was expected, and it is a file, a named pipe …
    NotAFolder(&'static str),
    /// It holds more than its kind's cap.
    TooLarge(Kind),
    /// Text was expected, and it is not UTF-8.
    NotUtf8,
    /// The system refused (no such file, permission denied …).
    Io(std::io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::NotAFile(what) => write!(f, "it is {what}, not a regular file"),
            ReadError::NotAFolder(what) => write!(f, "it is {what}, not a folder"),
            ReadError::NotUtf8 => f.write_str("it is not UTF-8 text"),
            ReadError::TooLarge(kind) => write!(
                f,
                "it is larger than the {} MiB annexa reads for {}",
                kind.cap() / MIB,
                kind.what()
            ),
            ReadError::Io(e) => f.write_str(&crate::diag::io_words(e)),
        }
    }
}

impl ReadError {
    /// How to fix it, for a `help:` line.
    pub fn help(&self) -> &'static str {
        match self {
            ReadError::NotAFile(_) => "give the path of a regular file",
            ReadError::NotAFolder(_) => "give the path of a folder",
            ReadError::NotUtf8 => "save the file as UTF-8",
            ReadError::TooLarge(Kind::Logo) => {
                "export the logo smaller: it is drawn at most 6.5 mm high"
            }
            ReadError::TooLarge(Kind::Yaml) => {
                "check that this is the file you meant: catalogs and decisions files are a few MB"
            }
            ReadError::TooLarge(Kind::Font) => {
                "give the font family's regular, bold or italic file"
            }
            ReadError::TooLarge(Kind::Reference) => {
                "save the reference document without its body text and large images: only its styles, page setup, headers and footers are used"
            }
            ReadError::TooLarge(Kind::Template) => {
                "check that this is the template you meant: templates are a few KB of text"
            }
            ReadError::TooLarge(Kind::Spreadsheet) => {
                "copy the SoA's sheet into a workbook of its own (or save it as .csv) and import that"
            }
            ReadError::Io(_) => "paths are relative to the folder of the file that names them",
        }
    }
}

/// Reads the regular file at `path`, at most `kind`'s cap.
pub fn read(path: &Path, kind: Kind) -> Result<Vec<u8>, ReadError> {
    let meta = std::fs::metadata(path).map_err(ReadError::Io)?;
    regular(meta.file_type())?;
    let file = File::open(path).map_err(ReadError::Io)?;
    regular(file.metadata().map_err(ReadError::Io)?.file_type())?;
    let cap = kind.cap();
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(cap)).unwrap_or(0));
    file.take(cap + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > cap {
        return Err(ReadError::TooLarge(kind));
    }
    Ok(bytes)
}

/// `Ok` when `path` is a folder (following symlinks); else what it is, in words.
pub fn check_folder(path: &Path) -> Result<(), ReadError> {
    let t = std::fs::metadata(path).map_err(ReadError::Io)?.file_type();
    if t.is_dir() {
        Ok(())
    } else if t.is_file() {
        Err(ReadError::NotAFolder("a file"))
    } else {
        Err(ReadError::NotAFolder(special(t)))
    }
}

/// `Ok` for a regular file; else what it is, in words.
fn regular(t: FileType) -> Result<(), ReadError> {
    if t.is_file() {
        return Ok(());
    }
    if t.is_dir() {
        return Err(ReadError::NotAFile("a folder"));
    }
    Err(ReadError::NotAFile(special(t)))
}

#[cfg(unix)]
fn special(t: FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt as _;
    if t.is_fifo() {
        "a named pipe (FIFO)"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() {
        "a character device (such as /dev/zero)"
    } else if t.is_block_device() {
        "a block device"
    } else {
        "not a file"
    }
}

#[cfg(not(unix))]
fn special(_: FileType) -> &'static str {
    "a special file"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_folders_devices_and_oversized_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let msg = |r: Result<Vec<u8>, ReadError>| r.err().map(|e| e.to_string());
        assert_eq!(
            msg(read(dir.path(), Kind::Yaml)).as_deref(),
            Some("it is a folder, not a regular file")
        );
        #[cfg(unix)]
        assert_eq!(
            msg(read(Path::new("/dev/zero"), Kind::Logo)).as_deref(),
            Some("it is a character device (such as /dev/zero), not a regular file")
        );
        let big = dir.path().join("big.html");
        std::fs::write(&big, vec![b'x'; (Kind::Template.cap() + 1) as usize]).expect("write");
        assert_eq!(
            msg(read(&big, Kind::Template)).as_deref(),
            Some("it is larger than the 4 MiB annexa reads for a template")
        );
        let ok = dir.path().join("ok.yaml");
        std::fs::write(&ok, "a: 1\n").expect("write");
        assert_eq!(read(&ok, Kind::Yaml).ok(), Some(b"a: 1\n".to_vec()));
        assert_eq!(
            msg(read(&dir.path().join("none"), Kind::Yaml)).as_deref(),
            Some("no such file or folder")
        );
    }
}
