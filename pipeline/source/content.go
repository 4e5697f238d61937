package source

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest file Load and Add accept when
// LoadOptions.MaxBytes is 0.
const DefaultMaxBytes = 50 << 20

// Media types of the files we read, by extension.
const (
	MediaText     = "text/plain"
	MediaMarkdown = "text/markdown"
	MediaHTML     = "text/html"
)

// mediaTypes maps each accepted extension (lower case) to its media type.
var mediaTypes = map[string]string{
	".txt":  MediaText,
	".md":   MediaMarkdown,
	".html": MediaHTML,
	".htm":  MediaHTML,
}

// mediaTypeOf returns the media type for a file name, or "" when its
// extension is not one we read.
func mediaTypeOf(name string) string {
	return mediaTypes[strings.ToLower(filepath.Ext(name))]
}

// checkExtension reports a file whose extension we do not read.
func checkExtension(errs *ErrorList, name string) bool {
	if mediaTypeOf(name) != "" {
		return true
	}
	errs.Add(Pos{Filename: name}, ErrExtension,
		"extension %q is not one of .txt .md .html .htm; convert the file to plain text, Markdown or HTML", filepath.Ext(name))
	return false
}

// checkSize reports an empty file or one over max bytes, using Stat so that
// a huge file is never read. It returns false when the file must not be read.
func checkSize(errs *ErrorList, name string, info os.FileInfo, max int64) bool {
	switch {
	case info.Size() == 0:
		errs.Add(Pos{Filename: name}, ErrEmpty, "file is empty; remove it or replace it with the source text")
		return false
	case info.Size() > max:
		errs.Add(Pos{Filename: name}, ErrTooBig,
			"file has %d bytes, more than the limit of %d; split it or raise the limit with -max-bytes", info.Size(), max)
		return false
	}
	return true
}

// checkContent reports NUL bytes and, for .txt and .md, invalid UTF-8, at
// the line and column of the first offending byte.
func checkContent(errs *ErrorList, name string, data []byte) bool {
	if len(data) == 0 {
		errs.Add(Pos{Filename: name}, ErrEmpty, "file is empty; remove it or replace it with the source text")
		return false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		errs.Add(posAt(name, data, i), ErrBinary,
			"NUL byte: this looks like a binary file; convert it to text (e.g. pdftotext) and add the .txt")
		return false
	}
	if mediaTypeOf(name) == MediaHTML {
		return true
	}
	if i := invalidUTF8(data); i >= 0 {
		errs.Add(posAt(name, data, i), ErrEncoding,
			"invalid UTF-8 (byte %#02x); re-save the file as UTF-8 (e.g. iconv -f windows-1252 -t utf-8)", data[i])
		return false
	}
	return true
}

// invalidUTF8 returns the offset of the first byte that is not part of a
// valid UTF-8 sequence, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		if data[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}

// posAt converts a byte offset into a 1-based line and byte column.
func posAt(name string, data []byte, off int) Pos {
	line := 1 + bytes.Count(data[:off], []byte{'\n'})
	col := off - bytes.LastIndexByte(data[:off], '\n')
	return Pos{Filename: name, Line: line, Column: col}
}
