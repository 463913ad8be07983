"""Writes fl-margins-sklearn.json: facility-location cases for every margin type, computed by TF 1.x
cluster_loss's search written literally in numpy (a fresh assignment and a scikit-learn score per
candidate, np.argmax ties) with scikit-learn's scores as TF used them: NMI geometric, AMI with
average_method='max' (sklearn < 0.22), AMI/ARI/V-measure floored at 0. Gradient with the medoids held.
Run: python3 fl-margins-sklearn.py OUT.json (numpy, scikit-learn)."""
import sys
import json, numpy as np
from sklearn import metrics as M

def score_fn(kind):
    if kind == 'nmi': return lambda a, b: M.normalized_mutual_info_score(a, b, average_method='geometric')
    if kind == 'ami': return lambda a, b: max(0.0, M.adjusted_mutual_info_score(a, b, average_method='max'))
    if kind == 'ari': return lambda a, b: max(0.0, M.adjusted_rand_score(a, b))
    if kind == 'vmeasure': return lambda a, b: max(0.0, M.v_measure_score(a, b))

def assign(D, ids):
    pred = np.argmin(D[ids], axis=0)
    for p, c in enumerate(ids): pred[c] = p
    return pred

def run(X, y, gamma, pam, kind):
    m = len(y); D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(-1)); f = score_fn(kind)
    C = len(set(y)); chosen = []
    for _ in range(C):
        cands = [c for c in range(m) if c not in chosen]
        best, bs = None, -np.inf
        for c in cands:
            near = D[chosen + [c]].min(axis=0)
            s = -near.sum() + gamma * (1 - f(y, assign(D, chosen + [c])))
            if s > bs: best, bs = c, s
        chosen.append(best)
    greedy = list(chosen)
    if pam:
        for _ in range(5):
            pred = assign(D, chosen)
            for k in range(C):
                mem = [j for j in range(m) if pred[j] == k]
                best, bs = None, -np.inf
                for c in mem:
                    t = list(chosen); t[k] = c
                    s = -D[mem][:, c].sum() + gamma * (1 - f(y, assign(D, t)))
                    if s > bs: best, bs = c, s
                chosen[k] = best
    pred = assign(D, chosen); score = f(y, pred)
    F = -D[chosen].min(axis=0).sum()
    oracle, Ft = [], 0.0
    for lab in sorted(set(y)):
        mem = [j for j in range(m) if y[j] == lab]
        sums = D[np.ix_(mem, mem)].sum(axis=0); o = mem[int(np.argmin(sums))]; oracle.append(o); Ft -= sums.min()
    hinge = F + gamma * (1 - score) - Ft
    g = np.zeros_like(X)
    if hinge >= 0:
        for i in range(m):
            s = chosen[pred[i]]; d = D[i, s]
            if d > 0: u = (X[i] - X[s]) / d; g[i] -= u; g[s] += u
        cls = {lab: k for k, lab in enumerate(sorted(set(y)))}
        for i in range(m):
            o = oracle[cls[y[i]]]; d = D[i, o]
            if d > 0: u = (X[i] - X[o]) / d; g[i] += u; g[o] -= u
    return dict(loss=max(0.0, hinge), hinge_argument=hinge, predicted_medoids=[int(c) for c in chosen], greedy_medoids=[int(c) for c in greedy],
                oracle_medoids=[int(o) for o in oracle], assignment=[int(p) for p in pred], grad_embeddings=g.tolist(),
                facility_energy_pred=F, oracle_score=Ft, nmi=score, nmi_margin=1 - score)

rng = np.random.default_rng(4)
cases = []
for i, (m, dim, kind, gamma, pam) in enumerate([(48, 2, 'nmi', 1.0, True), (64, 8, 'ami', 1.0, True), (60, 3, 'ami', 0.5, False),
                                                (56, 2, 'ari', 1.0, True), (64, 4, 'vmeasure', 2.0, True)]):
    C = m // 4
    y = rng.permutation(np.arange(m) % C)
    centres = rng.normal(size=(C, dim)) * 1.5
    X = centres[y] + rng.normal(size=(m, dim))
    if dim == 64: X /= np.linalg.norm(X, axis=1, keepdims=True)
    c = dict(name=f'check_{i}_m{m}_d{dim}_{kind}', m=m, dim=dim, num_classes=C, embeddings=X.tolist(), labels=[int(v) for v in y],
             margin_multiplier=gamma, enable_pam_finetuning=pam, margin_type=kind)
    c.update(run(X, list(y), gamma, pam, kind)); cases.append(c)
json.dump(dict(format='facility-location', about=__doc__.strip(), cases=cases), open(sys.argv[1], 'w'))
