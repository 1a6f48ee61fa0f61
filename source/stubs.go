package source

import (
	"context"
	"fmt"

	"github.com/kg-project/kg"
)

func readHTML(data []byte) (*kg.Document, error) { return nil, fmt.Errorf("%w (HTML)", ErrUnsupported) }

func readMarkdown(data []byte) (*kg.Document, error) {
	return nil, fmt.Errorf("%w (Markdown)", ErrUnsupported)
}

func (rd *reading) feed(ctx context.Context, path, id string, data []byte, xml bool) bool {
	return rd.yield(nil, &InputError{Path: path, Err: fmt.Errorf("%w (feed)", ErrUnsupported)})
}
