//! The texts of the files a run read, kept for the snippets under each diagnostic.
//!
//! A diagnostic names its file by index; [`Sources`] maps the index to the file's name and
//! text, and finds a line by number for the snippet. Finding lines is behind [`Sources::line`]
//! so that how it is done (today a scan from the start) can change in one place.

/// The texts of every file a run read, for snippets. Index 0 is the decisions file.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<(String, String)>,
}

impl Sources {
    /// Adds a file and returns its index.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> usize {
        self.files.push((name.into(), text.into()));
        self.files.len() - 1
    }

    pub fn name(&self, file: usize) -> &str {
        self.files.get(file).map_or("<unknown>", |f| f.0.as_str())
    }

    pub fn text(&self, file: usize) -> &str {
        self.files.get(file).map_or("", |f| f.1.as_str())
    }

    /// Line `line` (counted from 1) of `file`, without its line break; `None` past the end.
    pub fn line(&self, file: usize, line: u32) -> Option<&str> {
        let index = usize::try_from(line.checked_sub(1)?).ok()?;
        self.text(file).lines().nth(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_counted_from_one_and_unknown_files_are_empty() {
        let mut s = Sources::default();
        let f = s.add("a.yaml", "one\ntwo\r\nthree");
        assert_eq!(s.line(f, 0), None);
        assert_eq!(s.line(f, 1), Some("one"));
        assert_eq!(s.line(f, 2), Some("two"));
        assert_eq!(s.line(f, 3), Some("three"));
        assert_eq!(s.line(f, 4), None);
        assert_eq!(
            (s.name(9), s.text(9), s.line(9, 1)),
            ("<unknown>", "", None)
        );
    }
}
