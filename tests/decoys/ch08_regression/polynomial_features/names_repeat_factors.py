"""Decoy: the names repeat a factor instead of writing its power ('a a' for 'a^2')."""


def feature_names(input_names: list[str], degree: int, include_bias: bool = True,
                  interaction_only: bool = False) -> list[str]:
    if len(input_names) == 0:
        raise ValueError("input_names is empty")
    names = []
    for combo in _monomials(len(input_names), degree, include_bias, interaction_only):
        factors = [input_names[i] for i in combo]
        names.append(" ".join(factors) or "1")
    return names
