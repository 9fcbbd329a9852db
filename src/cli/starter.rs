//! `annexa init`, `annexa templates export` and `annexa help`: the commands that write or print
//! what ships inside the binary.

use crate::render::markdown::BUILTIN;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub(super) fn init(dir: PathBuf, names: Vec<String>, force: bool) -> Result<ExitCode, String> {
    let names = if names.is_empty() {
        crate::input::SHIPPED
            .iter()
            .map(|s| s.0.to_string())
            .collect()
    } else {
        names
    };
    let catalogs = names
        .iter()
        .map(|n| crate::pipeline::shipped_catalog(n))
        .collect::<Result<Vec<_>, _>>()?;
    let path = dir.join("soa.yaml");
    if path.exists() && !force {
        super::tell(&format!(
            "error: {} already exists; annexa init does not overwrite it\n  = help: pass --force to replace it, or choose another folder\n",
            path.display()
        ));
        return Ok(ExitCode::from(2));
    }
    crate::output::write::write_atomic(&path, crate::init::starter(&catalogs).as_bytes())
        .map_err(|e| e.to_string())?;
    let n: usize = catalogs.iter().map(|c| c.controls.len()).sum();
    say!(
        "wrote {} with {n} controls to decide; run `annexa validate {}` to see what is left",
        super::shown(&path),
        super::shown(&path)
    );
    Ok(ExitCode::SUCCESS)
}

/// Writes the built-in templates (and their documentation) into `dir`.
pub(super) fn export_templates(dir: &Path, force: bool) -> Result<ExitCode, String> {
    let readme = (
        "README.md",
        include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/templates/README.md")),
    );
    let files: Vec<(&str, &str)> = BUILTIN.iter().copied().chain([readme]).collect();
    let existing: Vec<String> = files
        .iter()
        .map(|(n, _)| dir.join(n))
        .filter(|p| p.exists())
        .map(|p| p.display().to_string())
        .collect();
    if !existing.is_empty() && !force {
        super::tell(&format!(
            "error: {} already exist(s); nothing was written\n  = help: pass --force to overwrite\n",
            existing.join(", ")
        ));
        return Ok(ExitCode::from(1));
    }
    let files: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|(n, t)| ((*n).to_string(), t.as_bytes().to_vec()))
        .collect();
    let written = crate::output::write::write_all(dir, &files).map_err(|e| e.to_string())?;
    for p in &written {
        say!("wrote {}", super::shown(p));
    }
    say!(
        "override any of them with `annexa build --templates {}`",
        super::shown(dir)
    );
    Ok(ExitCode::SUCCESS)
}

/// `annexa locales export DIR [--lang L] [--as NEW]`: the shipped messages of `lang` as one
/// file, `DIR/<NEW or L>.ftl`, to reword or translate.
pub(super) fn export_locale(
    dir: &Path,
    lang: &str,
    as_lang: Option<&str>,
    force: bool,
) -> Result<ExitCode, String> {
    let Some(shipped) = crate::i18n::SHIPPED.iter().find(|s| s.code == lang) else {
        super::tell(&format!(
            "error: `{lang}` is not a shipped language\n  = help: use one of {}\n",
            crate::i18n::shipped_codes().join(", ")
        ));
        return Ok(ExitCode::from(1));
    };
    let name = format!("{}.ftl", as_lang.unwrap_or(lang));
    if dir.join(&name).exists() && !force {
        super::tell(&format!(
            "error: {} already exists; nothing was written\n  = help: pass --force to overwrite\n",
            dir.join(&name).display()
        ));
        return Ok(ExitCode::from(1));
    }
    let text: String = (shipped.files.iter())
        .map(|(_, t)| *t)
        .collect::<Vec<_>>()
        .join("\n");
    let files = vec![(name, text.into_bytes())];
    let written = crate::output::write::write_all(dir, &files).map_err(|e| e.to_string())?;
    for p in &written {
        say!("wrote {}", super::shown(p));
    }
    say!(
        "use it with `locales: {}` in the decisions file (or `--locale-dir`); a message you delete \
         falls back to the shipped one",
        super::shown(dir)
    );
    Ok(ExitCode::SUCCESS)
}

/// The decisions file's schema, as `annexa help decisions` prints it.
const DECISIONS_HELP: &str =
    include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/README.md"));

/// `annexa help [decisions | COMMAND…]`.
pub(super) fn help(topic: &[String]) -> Result<ExitCode, String> {
    use clap::CommandFactory as _;
    if let [t] = topic {
        if matches!(t.as_str(), "decisions" | "soa.yaml" | "schema") {
            say!("{}", DECISIONS_HELP.trim_end());
            return Ok(ExitCode::SUCCESS);
        }
    }
    let mut cmd = super::Cli::command();
    cmd.build();
    let mut at = &mut cmd;
    for t in topic {
        let Some(sub) = at.find_subcommand_mut(t) else {
            return Err(format!(
                "no help topic `{t}` (try `annexa help decisions` or `annexa help build`)"
            ));
        };
        at = sub;
    }
    say!("{}", at.render_long_help());
    Ok(ExitCode::SUCCESS)
}
