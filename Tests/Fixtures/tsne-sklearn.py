"""Writes tsne-sklearn.json: scikit-learn's exact t-SNE (TSNE(method='exact')) on small cases with a given
initialisation, for Tests/MetricLabTests/Projections/TSNEReferenceTests.swift.
Each case records the joint probabilities P (scikit-learn's `_joint_probabilities`), the KL gradient at
the start, the points after ten exaggerated steps, and the embedding and KL divergence after `max_iter`
iterations. Early stopping is switched
off (min_grad_norm=0, n_iter_without_progress huge) so that every iteration runs, and the script checks
it did. The 'integer' cases have integer coordinates, so that scikit-learn's float32 squared distances
are exact and the comparison sees only the algorithm; the 'gaussian' case does not.
Run: /opt/pmlenv/bin/python tsne-sklearn.py tsne-sklearn.json (numpy, scikit-learn 1.9)."""
import sys, json
import numpy as np
import sklearn
from sklearn.manifold import TSNE
from sklearn.manifold._t_sne import _joint_probabilities, _kl_divergence, _gradient_descent
from sklearn.metrics import pairwise_distances
from scipy.spatial.distance import squareform


def integer_points(n, d, seed):
    rs = np.random.RandomState(seed)
    centres = rs.randint(-8, 9, size=(3, d))
    return np.array([centres[i % 3] + rs.randint(-3, 4, size=d) for i in range(n)], dtype=np.float64)


def case(name, X, perplexity, max_iter, init_seed, learning_rate='auto'):
    n = X.shape[0]
    Y0 = np.random.RandomState(init_seed).standard_normal((n, 2)) * 1e-4
    P = _joint_probabilities(pairwise_distances(X, squared=True), perplexity, 0)
    _, grad0 = _kl_divergence(Y0.ravel(), P, 1, n, 2)
    tsne = TSNE(n_components=2, perplexity=perplexity, method='exact', init=Y0.copy(), learning_rate=learning_rate,
                max_iter=max_iter, min_grad_norm=0.0, n_iter_without_progress=10**9, random_state=0)
    Y = tsne.fit_transform(X)
    # With no iteration after the exaggerated 250, scikit-learn reports its empty second loop's start.
    assert tsne.n_iter_ == (max_iter - 1 if max_iter > 250 else 250), f"{name}: stopped early at {tsne.n_iter_}"
    kl, _ = _kl_divergence(Y.ravel(), P, 1, n, 2)
    # The first ten exaggerated steps, by scikit-learn's own descent (TSNE itself runs at least 250).
    Y10, _, _ = _gradient_descent(_kl_divergence, Y0.ravel().copy(), it=0, max_iter=10, n_iter_check=50, momentum=0.5,
                                  learning_rate=tsne.learning_rate_, min_grad_norm=0.0, n_iter_without_progress=10**9,
                                  args=[P * 12.0, 1, n, 2], kwargs={})
    return {"name": name, "perplexity": perplexity, "iterations": max_iter, "learningRate": float(tsne.learning_rate_),
            "points": X.tolist(), "initialisation": Y0.tolist(), "joint": squareform(P).tolist(),
            "initialGradient": grad0.reshape(n, 2).tolist(), "tenSteps": Y10.reshape(n, 2).tolist(),
            "embedding": Y.tolist(), "klDivergence": float(kl)}


X = integer_points(30, 5, 0)
gaussian = np.random.RandomState(3).standard_normal((40, 8)) + np.repeat(np.eye(8)[:4] * 4, 10, axis=0)
# At the 'auto' rate (50 here) the exaggerated descent is chaotic: a relative change of 1e-14 in the start
# moves the layout by its own size within 50 steps, in scikit-learn as anywhere, so whole runs are compared
# only at a rate where the descent is stable (a start changed by 1e-14 ends within 1e-13).
cases = [case("integer-auto-rate", X, 5.0, 250, 1),
         case("gaussian-auto-rate", gaussian, 10.0, 250, 2),
         case("gaussian-rate-2", gaussian, 10.0, 300, 2, learning_rate=2.0)]
json.dump({"format": "tsne-sklearn", "sklearn": sklearn.__version__, "cases": cases}, open(sys.argv[1], "w"), indent=1)
