package spill

import (
	"bufio"
	"fmt"
	"os"
	"slices"
	"sync"
)

// Texts is an append-only store of strings: in a temporary file when it
// is given a directory, else in memory. Its methods are safe for
// concurrent use.
type Texts struct {
	mu    sync.Mutex
	f     *os.File      // nil in memory
	w     *bufio.Writer // buffers appends to f
	dirty bool          // w holds bytes f does not
	n     int64         // bytes added
	mem   []byte        // the strings, in memory
}

// Ref locates a string in a Texts.
type Ref struct {
	Off int64
	Len int32
}

// NewTexts makes a store in a new file under dir, or in memory when dir
// is nil.
func NewTexts(dir *Dir) (*Texts, error) {
	if dir == nil {
		return &Texts{}, nil
	}
	f, err := createTemp(dir.path, "texts-*")
	if err != nil {
		return nil, err
	}
	return &Texts{f: f, w: bufio.NewWriterSize(f, 1<<16)}, nil
}

// Add stores s and returns where it is.
func (t *Texts) Add(s string) (Ref, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	r := Ref{Off: t.n, Len: int32(len(s))}
	if t.f == nil {
		t.mem = append(t.mem, s...)
	} else if _, err := t.w.WriteString(s); err != nil {
		return Ref{}, fmt.Errorf("writing %s: %w", t.f.Name(), err)
	} else {
		t.dirty = true
	}
	t.n += int64(len(s))
	return r, nil
}

// Text returns the string stored at r.
func (t *Texts) Text(r Ref) (string, error) {
	if r.Len == 0 {
		return "", nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if r.Off < 0 || r.Len < 0 || r.Off+int64(r.Len) > t.n {
		return "", fmt.Errorf("reading text %d+%d: beyond the %d bytes stored", r.Off, r.Len, t.n)
	}
	if t.f == nil {
		return string(t.mem[r.Off : r.Off+int64(r.Len)]), nil
	}
	if t.dirty {
		if err := t.w.Flush(); err != nil {
			return "", fmt.Errorf("writing %s: %w", t.f.Name(), err)
		}
		t.dirty = false
	}
	b := make([]byte, r.Len)
	if _, err := t.f.ReadAt(b, r.Off); err != nil {
		return "", fmt.Errorf("reading %s: %w", t.f.Name(), err)
	}
	return string(b), nil
}

// Close lets go of the store; its file is removed with its Dir.
func (t *Texts) Close() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.mem, t.n = nil, 0
	if t.f == nil {
		return nil
	}
	err := t.f.Close()
	t.f = nil
	return err
}

// Remove closes the store and removes its file: a store used for part of
// a build need not wait for the end of the build to give back its disk.
func (t *Texts) Remove() error {
	t.mu.Lock()
	f := t.f
	t.mu.Unlock()
	err := t.Close()
	if f != nil {
		if rerr := os.Remove(f.Name()); rerr != nil && err == nil {
			err = fmt.Errorf("removing %s: %w", f.Name(), rerr)
		}
	}
	return err
}

// AddBytes stores b and returns where it is.
func (t *Texts) AddBytes(b []byte) (Ref, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	r := Ref{Off: t.n, Len: int32(len(b))}
	if t.f == nil {
		t.mem = append(t.mem, b...)
	} else if _, err := t.w.Write(b); err != nil {
		return Ref{}, fmt.Errorf("writing %s: %w", t.f.Name(), err)
	} else {
		t.dirty = true
	}
	t.n += int64(len(b))
	return r, nil
}

// Bytes appends the bytes stored at r to buf.
func (t *Texts) Bytes(r Ref, buf []byte) ([]byte, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if r.Off < 0 || r.Len < 0 || r.Off+int64(r.Len) > t.n {
		return buf, fmt.Errorf("reading bytes %d+%d: beyond the %d bytes stored", r.Off, r.Len, t.n)
	}
	if t.f == nil {
		return append(buf, t.mem[r.Off:r.Off+int64(r.Len)]...), nil
	}
	if t.dirty {
		if err := t.w.Flush(); err != nil {
			return buf, fmt.Errorf("writing %s: %w", t.f.Name(), err)
		}
		t.dirty = false
	}
	buf = slices.Grow(buf, int(r.Len))
	p := buf[len(buf) : len(buf)+int(r.Len)]
	if _, err := t.f.ReadAt(p, r.Off); err != nil {
		return buf, fmt.Errorf("reading %s: %w", t.f.Name(), err)
	}
	return buf[:len(buf)+int(r.Len)], nil
}
