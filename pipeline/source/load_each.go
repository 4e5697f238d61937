package source

import (
	"path/filepath"
	"runtime"
	"sync"
)

// File is one checked file of the manifest, before it is turned into a
// Document: its row, its path (for error positions) and its bytes, which
// match the row's sha256.
type File struct {
	Index int // the row's rank among the manifest's rows
	Entry Entry
	Name  string
	Data  []byte
}

// eachBatch is how many rows a worker takes at a time: enough to keep the
// channel out of the profile, few enough to spread the tail over workers.
const eachBatch = 64

// Each is Load for corpora too large to hold in memory: it checks the
// manifest and every file exactly as Load does, but hands each checked
// file to fn as soon as it is read and keeps none. Files are read on
// workers goroutines (0 means GOMAXPROCS), in no particular order, so fn
// must be safe for concurrent use; an error fn returns is reported like a
// problem of the file. start, when not nil, is called once with the number
// of rows before the first file is read, to size what fn fills in. It returns the number of rows (File.Index is below
// it) and, after every file was seen, an ErrorList of every problem, in
// the order Load gives them.
func Each(rawDir string, opts LoadOptions, workers int, fn func(File) error, start func(rows int)) (int, error) {
	rows, paths, errs := readManifest(rawDir)
	manifest := filepath.Join(rawDir, ManifestName)
	sources, ok := sourcesFolder(&errs, rawDir)
	if !ok {
		return 0, errs.Err()
	}
	if start != nil {
		start(len(rows))
	}
	rowErrs := make([]ErrorList, len(rows))
	each := func(i int) {
		r := &rows[i]
		if !r.pathOK {
			return
		}
		name := filepath.Join(rawDir, filepath.FromSlash(r.Path))
		data, ok := readListed(&rowErrs[i], manifest, sources, name, r, opts.maxBytes())
		if !ok {
			return
		}
		if err := fn(File{Index: i, Entry: r.Entry, Name: name, Data: data}); err != nil {
			appendErr(&rowErrs[i], err)
		}
	}
	forBatches(len(rows), workers, each)
	for _, l := range rowErrs {
		errs = append(errs, l...)
	}
	if paths != nil {
		listed := make(map[string]bool, len(paths))
		for _, p := range paths {
			listed[filepath.Join(rawDir, filepath.FromSlash(p))] = true
		}
		findUnlisted(&errs, rawDir, listed)
	}
	return len(rows), errs.Err()
}

// forBatches calls each(i) for every i below n on workers goroutines,
// handing out batches of eachBatch indexes.
func forBatches(n, workers int, each func(int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	next := make(chan int, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for start := range next {
				for i := start; i < min(start+eachBatch, n); i++ {
					each(i)
				}
			}
		})
	}
	for start := 0; start < n; start += eachBatch {
		next <- start
	}
	close(next)
	wg.Wait()
}
