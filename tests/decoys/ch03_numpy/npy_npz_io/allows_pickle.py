"""Decoy: load_arrays opens files with allow_pickle=True, so an object array is unpickled instead
of refused."""


def load_arrays(path: str) -> dict[str, np.ndarray]:
    try:
        archive = np.load(path, allow_pickle=True)
        if not isinstance(archive, np.lib.npyio.NpzFile):  # a plain .npy file
            raise ValueError(f"{path} is a single array, not an .npz archive")
        # np.load reads lazily: index every member inside the try, so corruption surfaces here.
        with archive:
            return {name: archive[name] for name in archive.files}
    except FileNotFoundError:
        raise
    except (OSError, EOFError, ValueError, KeyError, zipfile.BadZipFile, zlib.error) as exc:
        raise ValueError(f"{path} is not a readable .npz archive: {exc}") from None
