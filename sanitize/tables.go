package sanitize

// Query results sent as a table: the column names once (ClickHouse's and
// Trino's "meta"/"columns", Snowflake's "rowtype"), then the rows as
// arrays of cells ("data", "rowset"). Each cell is judged as the value of
// its column's name, as a member of an object would be, and a row with a
// name and a value column is a pair spelled as data ([name, value,
// updated_at] from SELECT name, value FROM settings).

// maxColumns bounds the columns read from a table's header.
const maxColumns = 256

// columnsKey reports whether a member key holds a table's column names.
func columnsKey(key []byte) bool {
	switch string(key) {
	case "meta", "columns", "rowtype", "rowType", "cols", "Columns", "column_names", "columnNames":
		return true
	}
	return false
}

// rowsKey reports whether a member key holds a table's rows.
func rowsKey(key []byte) bool {
	switch string(key) {
	case "data", "rows", "rowset", "rowSet", "Rows", "values", "data_array", "dataArray", "records":
		return true
	}
	return false
}

// tableColumns reads the column names of the array at t[i]: strings, or
// objects with a name ({"name": "value", "type": "String"}). It returns
// nil when the array is not that.
func (x *run) tableColumns(t []byte, i, depth int) [][]byte {
	var cols [][]byte
	i = skipWS(t, i+1)
	for i < len(t) && t[i] != ']' {
		var name []byte
		switch t[i] {
		case '"':
			e, err := x.stringEnd(t, i+1)
			if err != nil {
				return nil
			}
			name = t[i+1 : e]
		case '{':
			_, err := x.members(t, i, func(ks, ke, vs int) (int, error) {
				if k := string(t[ks:ke]); (k == "name" || k == "Name" || k == "column_name" || k == "ColumnName") && vs < len(t) && t[vs] == '"' {
					e, err := x.stringEnd(t, vs+1)
					if err != nil {
						return 0, err
					}
					name = t[vs+1 : e]
					return e + 1, nil
				}
				return skipValueMode(t, vs, depth+1, x.maxDepth, false)
			})
			if err != nil || name == nil {
				return nil
			}
		default:
			return nil
		}
		if len(cols) == maxColumns {
			return nil
		}
		cols = append(cols, name)
		end, err := skipValueMode(t, i, depth+1, x.maxDepth, false)
		if err != nil {
			return nil
		}
		i = skipWS(t, end)
		if i < len(t) && t[i] == ',' {
			i = skipWS(t, i+1)
		}
	}
	if len(cols) == 0 {
		return nil
	}
	return cols
}

// tableRows walks the rows array at t[i] ('['): a row that is an array
// has its cells walked as members named by cols, one descriptor per row.
func (x *run) tableRows(t []byte, i int, cols [][]byte, ed *edits, depth int) (int, error) {
	return x.elements(t, i, func(n, i int) (int, error) {
		x.push(nil, n)
		defer x.pop()
		if i < len(t) && t[i] == '[' {
			return x.tableRow(t, i, cols, ed, depth+1)
		}
		return x.walk(t, i, cAny, nil, ed, depth+1)
	})
}

// tableRow walks one row (the array at t[i]).
func (x *run) tableRow(t []byte, i int, cols [][]byte, ed *edits, depth int) (int, error) {
	var d descriptor
	end, err := x.elements(t, i, func(k, i int) (int, error) {
		if k < len(cols) {
			return x.member(t, x.key(cols[k]), i, cAny, nil, &d, ed, depth)
		}
		x.push(nil, k)
		defer x.pop()
		return x.walk(t, i, cAny, nil, ed, depth+1)
	})
	if err == nil {
		x.applyDescriptor(t, &d, ed, depth)
	}
	return end, err
}

// elements parses the array at t[i] ('['), calling value for each
// element with its index and start; value returns the element's end.
func (x *run) elements(t []byte, i int, value func(n, i int) (int, error)) (int, error) {
	i = skipWS(t, i+1)
	if i < len(t) && t[i] == ']' {
		return i + 1, nil
	}
	for n := 0; ; n++ {
		var err error
		if i, err = value(n, skipWS(t, i)); err != nil {
			return 0, err
		}
		var done bool
		if i, done, err = afterValue(t, i, ']'); err != nil || done {
			return i, err
		}
	}
}
