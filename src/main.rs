/// mimalloc rather than the system allocator: measured in BENCHMARKS.md (issue 13).
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    annexa::cli::main()
}
