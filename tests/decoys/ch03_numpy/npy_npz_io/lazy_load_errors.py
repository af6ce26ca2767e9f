"""Decoy: load_arrays returns the lazy archive's arrays after its try block, so corruption inside a
member escapes as zlib.error or BadZipFile."""


def load_arrays(path: str) -> dict[str, np.ndarray]:
    try:
        archive = np.load(path, allow_pickle=False)
        if not isinstance(archive, np.lib.npyio.NpzFile):  # a plain .npy file
            raise ValueError(f"{path} is a single array, not an .npz archive")
    except FileNotFoundError:
        raise
    except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile, zlib.error) as exc:
        raise ValueError(f"{path} is not a readable .npz archive: {exc}") from None
    with archive:
        return {name: archive[name] for name in archive.files}
