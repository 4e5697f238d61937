package write

import (
	"runtime"
	"sync"

	"github.com/klauspost/compress/zstd"
	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// zstdCodec compresses Parquet pages with the options of parquet-go's
// zstd codec (parquet.Zstd: default level, frames for empty input, no
// checksum), so its pages have the same bytes, but with one set of
// encoders for the whole build. parquet.Zstd keeps its encoders in a
// sync.Pool, which a garbage collection empties: a build that collects
// often made new ones over and over, each with a 16 MiB history, the
// largest single item of the write's memory. These are made once, as
// many as files are written at a time, with the lower-memory history
// (half as large) that leaves the output unchanged.
type zstdCodec struct{}

// zstdEncoder is shared by every Parquet writer; EncodeAll is safe for
// concurrent use.
var zstdEncoder = sync.OnceValue(func() *zstd.Encoder {
	e, err := zstd.NewWriter(nil,
		zstd.WithEncoderConcurrency(runtime.GOMAXPROCS(0)),
		zstd.WithEncoderLevel(zstd.SpeedDefault),
		zstd.WithZeroFrames(true),
		zstd.WithEncoderCRC(false),
		zstd.WithLowerEncoderMem(true),
	)
	if err != nil {
		panic("write: zstd encoder: " + err.Error())
	}
	return e
})

func (zstdCodec) String() string                            { return parquet.Zstd.String() }
func (zstdCodec) CompressionCodec() format.CompressionCodec { return format.Zstd }

// Encode compresses src into dst.
func (zstdCodec) Encode(dst, src []byte) ([]byte, error) {
	return zstdEncoder().EncodeAll(src, dst[:0]), nil
}

// Decode is parquet.Zstd's; the writer does not decode.
func (zstdCodec) Decode(dst, src []byte) ([]byte, error) {
	return parquet.Zstd.Decode(dst, src)
}
