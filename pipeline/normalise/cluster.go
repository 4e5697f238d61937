package normalise

import (
	"sort"
	"strings"

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
// leading article.
func matchKey(s string) string {
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
	var out []string
	for _, v := range values {
		k := matchKey(v)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, strings.TrimSpace(v))
	}
	sort.Slice(out, func(i, j int) bool {
		ki, kj := matchKey(out[i]), matchKey(out[j])
		if ki != kj {
			return ki < kj
		}
		return out[i] < out[j]
	})
	return out
}
