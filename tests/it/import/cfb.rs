//! A password-protected workbook as Office saves one: not a zip, but an OLE compound file (MS-CFB)
//! holding an `EncryptionInfo` stream and the encrypted zip as `EncryptedPackage`. Written here
//! byte by byte (version 3, 512-byte sectors, one FAT sector, one directory sector, both streams
//! 4,096 bytes so they live in regular sectors), because no office suite is needed to make one
//! and the import must refuse it the same way whatever wrote it.

/// End of a sector chain, the FAT's own sector, an unused sector, no sibling or child.
const END: u32 = 0xFFFF_FFFE;
const FAT: u32 = 0xFFFF_FFFD;
const FREE: u32 = 0xFFFF_FFFF;
const NONE: u32 = 0xFFFF_FFFF;
/// Each stream's length: 8 sectors.
const STREAM: usize = 4096;

fn u16le(out: &mut Vec<u8>, v: u16) {
    out.extend(v.to_le_bytes());
}

fn u32le(out: &mut Vec<u8>, v: u32) {
    out.extend(v.to_le_bytes());
}

/// One 128-byte directory entry.
fn entry(
    name: &str,
    kind: u8,
    (left, right, child): (u32, u32, u32),
    start: u32,
    size: u32,
) -> Vec<u8> {
    let mut e = Vec::with_capacity(128);
    let units: Vec<u16> = name.encode_utf16().collect();
    for u in &units {
        u16le(&mut e, *u);
    }
    e.resize(64, 0);
    let name_len = if name.is_empty() {
        0
    } else {
        (units.len() as u16 + 1) * 2
    };
    u16le(&mut e, name_len);
    e.push(kind);
    e.push(1); // black
    u32le(&mut e, left);
    u32le(&mut e, right);
    u32le(&mut e, child);
    e.resize(e.len() + 16 + 4 + 8 + 8, 0); // CLSID, state bits, creation and modified times
    u32le(&mut e, start);
    u32le(&mut e, size);
    u32le(&mut e, 0);
    assert_eq!(e.len(), 128);
    e
}

/// An encrypted OOXML workbook's container (the package itself is 4 KB of noise).
pub fn encrypted_xlsx() -> Vec<u8> {
    let mut out = Vec::new();
    // Header.
    out.extend([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]);
    out.extend([0u8; 16]);
    u16le(&mut out, 0x003E); // minor version
    u16le(&mut out, 0x0003); // major version 3
    u16le(&mut out, 0xFFFE); // little-endian
    u16le(&mut out, 9); // 512-byte sectors
    u16le(&mut out, 6); // 64-byte mini sectors
    out.extend([0u8; 6]);
    u32le(&mut out, 0); // directory sectors (0 in version 3)
    u32le(&mut out, 1); // FAT sectors
    u32le(&mut out, 1); // first directory sector
    u32le(&mut out, 0); // transaction signature
    u32le(&mut out, 4096); // mini stream cutoff
    u32le(&mut out, END); // first mini FAT sector
    u32le(&mut out, 0); // mini FAT sectors
    u32le(&mut out, END); // first DIFAT sector
    u32le(&mut out, 0); // DIFAT sectors
    u32le(&mut out, 0); // DIFAT[0]: the FAT is sector 0
    for _ in 1..109 {
        u32le(&mut out, FREE);
    }
    assert_eq!(out.len(), 512);
    // Sector 0: the FAT. Sector 1 the directory, 2–9 EncryptionInfo, 10–17 EncryptedPackage.
    let sectors = STREAM / 512;
    let mut fat = vec![FAT, END];
    for first in [2, 2 + sectors] {
        for i in 0..sectors {
            let here = (first + i) as u32;
            fat.push(if i + 1 == sectors { END } else { here + 1 });
        }
    }
    fat.resize(128, FREE);
    for f in fat {
        u32le(&mut out, f);
    }
    // Sector 1: the directory (the root's child is EncryptionInfo; EncryptedPackage, the longer
    // name, is its right sibling, as the red-black tree orders names by length first).
    out.extend(entry("Root Entry", 5, (NONE, NONE, 1), END, 0));
    out.extend(entry(
        "EncryptionInfo",
        2,
        (NONE, 2, NONE),
        2,
        STREAM as u32,
    ));
    out.extend(entry(
        "EncryptedPackage",
        2,
        (NONE, NONE, NONE),
        2 + sectors as u32,
        STREAM as u32,
    ));
    out.extend(entry("", 0, (NONE, NONE, NONE), 0, 0));
    // EncryptionInfo: agile encryption (version 4.4), its XML descriptor, padded.
    let mut info = vec![4, 0, 4, 0, 0x40, 0, 0, 0];
    info.extend(
        br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>"#,
    );
    info.resize(STREAM, 0);
    out.extend(info);
    // EncryptedPackage: the package's length, then ciphertext (here a deterministic stand-in).
    let mut package = Vec::with_capacity(STREAM);
    package.extend(4000u64.to_le_bytes());
    let mut x: u32 = 0x2545_F491;
    while package.len() < STREAM {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        package.push(x as u8);
    }
    out.extend(package);
    out
}
