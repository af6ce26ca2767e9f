"""Decoy: the cell annotations are placed at (row, column) instead of (x=column, y=row)."""


def plot_cm(cm: np.ndarray, labels: Sequence[str], normalize: str | None = None) -> Figure:
    values = np.asarray(cm) if normalize is None else normalize_cm(cm, normalize)
    if normalize is None:
        normalize_cm(cm, "all")  # validates the shape and the counts
    k = values.shape[0]
    if len(labels) != k:
        raise ValueError(f"{k} classes but {len(labels)} labels")
    fig = Figure(figsize=(1.2 * k + 2, 1.2 * k + 1.5))
    ax = fig.add_subplot()
    image = ax.imshow(values, cmap="Blues")
    fig.colorbar(image, ax=ax)
    ax.set_xticks(np.arange(k), labels=list(labels))
    ax.set_yticks(np.arange(k), labels=list(labels))
    ax.set_xlabel("Predicted label")
    ax.set_ylabel("True label")
    ax.set_title("Confusion matrix" if normalize is None
                 else f"Confusion matrix (normalized by {normalize})")
    threshold = values.max() / 2 if values.size else 0
    for i in range(k):
        for j in range(k):
            text = f"{values[i, j]:d}" if normalize is None else f"{values[i, j]:.2f}"
            ax.text(i, j, text, ha="center", va="center",
                    color="white" if values[i, j] > threshold else "black")
    return fig
