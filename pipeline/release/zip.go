package release

import (
	"archive/zip"
	"compress/flate"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// file is one entry of the archive: its path inside the release folder, with
// forward slashes, and its bytes.
type file struct {
	name string
	data []byte
}

// compressionLevel is fixed so the same files always compress to the same
// bytes (with the same Go release: compress/flate's output is stable within
// one).
const compressionLevel = flate.BestCompression

// writeZip writes files under the folder prefix into a new zip at path,
// replacing it only once complete. Entries are sorted by name; each has mode
// 0644 and the modification time mod, in UTC, so the archive depends only on
// the files and mod.
func writeZip(path, prefix string, files []file, mod time.Time) (err error) {
	files = slices.Clone(files)
	slices.SortFunc(files, func(a, b file) int { return strings.Compare(a.name, b.name) })
	tmp, err := os.CreateTemp(filepath.Dir(path), ".release-*.zip")
	if err != nil {
		return fmt.Errorf("creating the archive: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	zw := zip.NewWriter(tmp)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(w, compressionLevel)
	})
	for _, f := range files {
		if err := addEntry(zw, prefix+"/"+f.name, f.data, mod); err != nil {
			return err
		}
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("writing the archive: %w", err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("writing the archive: %w", err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing the archive: %w", err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing the archive: %w", err)
	}
	return nil
}

func addEntry(zw *zip.Writer, name string, data []byte, mod time.Time) error {
	h := &zip.FileHeader{Name: name, Method: zip.Deflate, Modified: mod.UTC()}
	h.SetMode(0o644)
	w, err := zw.CreateHeader(h)
	if err != nil {
		return fmt.Errorf("writing %s to the archive: %w", name, err)
	}
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("writing %s to the archive: %w", name, err)
	}
	return nil
}
