//! `cargo run --release --example gen -- <controls> <dir>`: writes a synthetic catalog and a
//! decisions file deciding every control (see `bench/synth.rs`) into `<dir>`.

#[path = "synth.rs"]
mod synth;

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(dir)) = (args.first().and_then(|a| a.parse().ok()), args.get(1)) else {
        eprintln!("usage: gen <controls> <dir>");
        return std::process::ExitCode::from(2);
    };
    match synth::write_to(std::path::Path::new(dir), n) {
        Ok(p) => {
            eprintln!("wrote {} ({n} controls)", p.display());
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            std::process::ExitCode::from(2)
        }
    }
}
