//! Operating-system errors in plain words.
//!
//! `std::io::Error` prints as "Not a directory (os error 20)": the number means nothing to a
//! reader and the words are the C library's. Every message that reports a file that cannot be
//! read or written says why with [`io_words`] instead.

use std::io::{Error, ErrorKind};

/// Why a file operation failed, in plain words and without an OS error number.
pub fn io_words(e: &Error) -> String {
    let words = match e.kind() {
        ErrorKind::NotFound => "no such file or folder",
        ErrorKind::PermissionDenied => "permission denied",
        ErrorKind::AlreadyExists => "something of that name already exists",
        ErrorKind::IsADirectory => "it is a folder, not a file",
        ErrorKind::NotADirectory => "a part of the path is a file, not a folder",
        ErrorKind::DirectoryNotEmpty => "the folder is not empty",
        ErrorKind::ReadOnlyFilesystem => "the file system is read-only",
        ErrorKind::StorageFull => "the disk is full",
        ErrorKind::QuotaExceeded => "the disk quota is used up",
        ErrorKind::FileTooLarge => "the file is too large for the file system",
        ErrorKind::InvalidFilename => "the name is not a valid file name",
        ErrorKind::InvalidData => "it is not valid UTF-8 text",
        ErrorKind::Interrupted => "interrupted",
        ErrorKind::CrossesDevices => "it would move a file across file systems",
        _ => return strip_os_number(&e.to_string()),
    };
    words.to_string()
}

/// `text` without a trailing ` (os error N)`.
fn strip_os_number(text: &str) -> String {
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_string(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_os_error_numbers() {
        let e = Error::from_raw_os_error(20);
        assert_eq!(io_words(&e), "a part of the path is a file, not a folder");
        let e = Error::from_raw_os_error(17);
        assert_eq!(io_words(&e), "something of that name already exists");
        let e = Error::from_raw_os_error(5);
        assert!(!io_words(&e).contains("os error"), "{}", io_words(&e));
        assert_eq!(strip_os_number("Odd (os error 99)"), "Odd");
    }
}
