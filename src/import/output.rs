//! Writing an article's files all or nothing: every file goes to a temporary name in the
//! target folder first, then each is renamed over its final name. A failure before the
//! renames leaves nothing behind; a rename within one folder is atomic, so a reader never
//! sees a half-written file.

use crate::import::ImportError;
use std::fs;
use std::io::Write;
use std::path::Path;

/// Writes `(name, contents)` pairs into `dir` (created if missing). A name may hold
/// subfolders (`card/da.html`); each file's temporary name is beside its final one.
pub fn write_files(dir: &Path, files: &[(String, String)]) -> Result<(), ImportError> {
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |cause| ImportError::Io { path, cause }
    };
    fs::create_dir_all(dir).map_err(io(dir))?;
    let mut temps = Vec::new();
    let result = (|| {
        for (name, contents) in files {
            let dest = dir.join(name);
            let folder = dest.parent().unwrap_or(dir);
            fs::create_dir_all(folder).map_err(io(folder))?;
            let file_name = dest
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let tmp = folder.join(format!(".{file_name}.{}.tmp", std::process::id()));
            temps.push((tmp.clone(), dest.clone()));
            let mut f = fs::File::create(&tmp).map_err(io(&tmp))?;
            f.write_all(contents.as_bytes()).map_err(io(&tmp))?;
            f.sync_all().map_err(io(&tmp))?;
        }
        for (tmp, dest) in &temps {
            fs::rename(tmp, dest).map_err(io(dest))?;
        }
        Ok(())
    })();
    if result.is_err() {
        for (tmp, _) in &temps {
            let _ = fs::remove_file(tmp);
        }
    }
    result
}

/// Writes one file the same way.
pub fn write_file(path: &Path, contents: &str) -> Result<(), ImportError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    write_files(dir, &[(name, contents.to_owned())])
}
