package normalise

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/uncyber/uncyber/pipeline/names"
)

// mentionRef points at one mention: input index and index in its list.
type mentionRef struct {
	input, index int
}

// clusters groups mentions that share a matching key (union-find over
// mentions, linked through their keys).
type clusters struct {
	parent []int
	byKey  map[string]int
	refs   []mentionRef
}

func newClusters() *clusters {
	return &clusters{byKey: map[string]int{}}
}

// add registers a mention under its keys and merges it with every earlier
// mention sharing one of them. Empty keys are ignored.
func (c *clusters) add(ref mentionRef, keys ...string) {
	id := len(c.parent)
	c.parent = append(c.parent, id)
	c.refs = append(c.refs, ref)
	for _, k := range keys {
		if k == "" {
			continue
		}
		if other, ok := c.byKey[k]; ok {
			c.union(other, id)
		} else {
			c.byKey[k] = id
		}
	}
}

func (c *clusters) find(i int) int {
	for c.parent[i] != i {
		c.parent[i] = c.parent[c.parent[i]]
		i = c.parent[i]
	}
	return i
}

func (c *clusters) union(a, b int) {
	ra, rb := c.find(a), c.find(b)
	if ra == rb {
		return
	}
	if ra < rb {
		c.parent[rb] = ra
	} else {
		c.parent[ra] = rb
	}
}

// groups returns the mentions of each cluster, clusters in order of their
// first mention, mentions in the order they were added.
func (c *clusters) groups() [][]mentionRef {
	index := map[int]int{}
	var out [][]mentionRef
	for i, ref := range c.refs {
		root := c.find(i)
		g, ok := index[root]
		if !ok {
			g = len(out)
			index[root] = g
			out = append(out, nil)
		}
		out[g] = append(out[g], ref)
	}
	return out
}

// matchKey is the key under which names are merged: names.Key without a
// leading article. It is remembered (see keyMemo).
func matchKey(s string) string {
	if k, ok := keyMemo.Load(s); ok {
		return k.(string)
	}
	k := computeMatchKey(s)
	if len(s) <= 64 && keyMemo.n.Load() < keyMemoMax {
		// A copy of s, so that the memo holds no larger string alive.
		if _, loaded := keyMemo.LoadOrStore(strings.Clone(s), k); !loaded {
			keyMemo.n.Add(1)
		}
	}
	return k
}

// forgetKeys empties the memo of matchKey, which a build no longer needs
// once normalised (some 20 MB at 100,000 texts, held while the dataset is
// validated and written otherwise).
func forgetKeys() {
	keyMemo.Clear()
	keyMemo.n.Store(0)
}

// keyMemoMax bounds the names matchKey remembers.
const keyMemoMax = 200_000

// keyMemo remembers matchKey of short names: the same names recur in
// thousands of sources, and names.Key (Unicode normalisation) was a fifth
// of normalise's time. matchKey is a pure function of its argument.
var keyMemo struct {
	sync.Map
	n atomic.Int64
}

func computeMatchKey(s string) string {
	k := names.Key(s)
	k = strings.TrimPrefix(k, "the ")
	return strings.Trim(k, " .,;:")
}

// tally counts values and picks the canonical one: most frequent, then
// longest, then the smallest in byte order, so the choice never depends on
// input order.
type tally map[string]int

func (t tally) add(v string) {
	if strings.TrimSpace(v) != "" {
		t[v]++
	}
}

func (t tally) best() string {
	var best string
	for v, n := range t {
		switch {
		case best == "":
			best = v
		case n != t[best]:
			if n > t[best] {
				best = v
			}
		case len(v) != len(best):
			if len(v) > len(best) {
				best = v
			}
		case v < best:
			best = v
		}
	}
	return best
}

// aliasList returns the distinct values (by matching key) other than the
// excluded ones, sorted by key then value.
func aliasList(values []string, exclude ...string) []string {
	seen := map[string]bool{}
	for _, e := range exclude {
		seen[matchKey(e)] = true
	}
	type keyed struct{ key, value string }
	var kept []keyed
	for _, v := range values {
		k := matchKey(v)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		v = strings.TrimSpace(v)
		kept = append(kept, keyed{matchKey(v), v}) // keyed once, not in every comparison
	}
	// (key, value) pairs that compare equal are identical, so any sort gives
	// the same order.
	slices.SortFunc(kept, func(a, b keyed) int {
		return cmp.Or(strings.Compare(a.key, b.key), strings.Compare(a.value, b.value))
	})
	out := make([]string, len(kept))
	for i, kv := range kept {
		out[i] = kv.value
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
