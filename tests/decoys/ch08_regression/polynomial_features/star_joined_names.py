"""Decoy: the names join factors with '*' and write powers as '**'."""


def feature_names(input_names: list[str], degree: int, include_bias: bool = True,
                  interaction_only: bool = False) -> list[str]:
    if len(input_names) == 0:
        raise ValueError("input_names is empty")
    names = []
    for combo in _monomials(len(input_names), degree, include_bias, interaction_only):
        powers = Counter(combo)  # keeps the first-seen (increasing) order of the indices
        factors = [input_names[i] if p == 1 else f"{input_names[i]}**{p}"
                   for i, p in powers.items()]
        names.append("*".join(factors) or "1")
    return names
