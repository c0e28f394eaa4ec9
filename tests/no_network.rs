//! Samverkan never connects anywhere: its dependency tree, on every platform it is built
//! for, has no HTTP client, no TLS, no DNS resolver and no async runtime with networking.
//! (The file dialog speaks D-Bus to the desktop on Linux, a local socket, not a network.)

#![allow(clippy::unwrap_used)] // tests fail loudly on purpose

use std::process::Command;

/// Crates that exist to talk over a network.
const NETWORK: [&str; 24] = [
    "reqwest",
    "ureq",
    "hyper",
    "hyper-util",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "h2",
    "h3",
    "quinn",
    "native-tls",
    "openssl",
    "openssl-sys",
    "rustls",
    "tungstenite",
    "tokio-tungstenite",
    "hickory-resolver",
    "trust-dns-resolver",
    "socket2",
    "tiny_http",
    "axum",
    "actix-web",
];

#[test]
fn the_dependency_tree_has_no_networking_crates() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let tree = || {
        Command::new(&cargo)
            .args([
                "tree",
                "--offline",
                "--locked",
                "--target",
                "all",
                "-e",
                "normal,features",
                "--prefix",
                "none",
            ])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap()
    };
    let mut out = tree();
    if !out.status.success() {
        // A fresh machine has downloaded only its own platform's crates; the tree of every
        // platform needs the others' manifests too (the locked versions, from the registry).
        let fetched = Command::new(&cargo)
            .args(["fetch", "--locked"])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert!(
            fetched.status.success(),
            "{}",
            String::from_utf8_lossy(&fetched.stderr)
        );
        out = tree();
    }
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let tree = String::from_utf8(out.stdout).unwrap();
    let crates: Vec<&str> = tree
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    assert!(
        crates.len() > 100,
        "cargo tree listed the tree: {}",
        crates.len()
    );
    let found: Vec<&&str> = NETWORK.iter().filter(|n| crates.contains(n)).collect();
    assert!(found.is_empty(), "networking crates in the tree: {found:?}");
    // tokio is there only for the web build of winit and rfd, without its network half.
    for line in tree.lines().filter(|l| l.starts_with("tokio feature")) {
        assert!(!line.contains("\"net\""), "tokio with networking: {line}");
    }
}
