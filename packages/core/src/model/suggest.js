/**
 * "Did you mean" hints for misspelt names: the closest candidate by edit distance, if it is close enough to be a
 * plausible typo (at most a third of the name's length, and at least 1 edit allowed).
 */
export function closestName(name, candidates) {
    const limit = Math.max(1, Math.floor(name.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** ` (did you mean "region"?)`, or an empty string when nothing is close. */
export function didYouMean(name, candidates) {
    const best = closestName(name, candidates);
    return best === undefined ? '' : ` (did you mean "${best}"?)`;
}
/** Damerau-Levenshtein distance (optimal string alignment), so a swap of two letters counts as one edit. */
export function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        const row = [i];
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                row.push(j);
                continue;
            }
            const above = rows[i - 1];
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let value = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                value = Math.min(value, rows[i - 2][j - 2] + 1);
            }
            row.push(value);
        }
        rows.push(row);
    }
    return rows[a.length][b.length];
}
//# sourceMappingURL=suggest.js.map