package serve

import (
	"bytes"
	"io"
	"net/http"
	"testing"
	"time"
)

// postAsync sanitizes body in a goroutine; the status comes on the
// channel (-1 when there is no response).
func postAsync(url string, body io.Reader) <-chan int {
	st := make(chan int, 1)
	go func() {
		req, _ := http.NewRequest("POST", url+"/v1/sanitize", body)
		req.Header.Set("Content-Type", "application/json")
		res, err := client.Do(req)
		if err != nil {
			st <- -1
			return
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		st <- res.StatusCode
	}()
	return st
}

// slowUpload starts a sanitize whose body arrives in two parts: the first
// now, the rest when finish is called.
func slowUpload(url string, har []byte) (finish func(), status <-chan int) {
	pr, pw := io.Pipe()
	st := postAsync(url, pr)
	pw.Write(har[:100])
	return func() { pw.Write(har[100:]); pw.Close() }, st
}

// TestLanesBoundReceiving: while every receive lane is held by an upload
// still arriving, another upload waits; it goes on once the lane is free.
func TestLanesBoundReceiving(t *testing.T) {
	r := start(t, Config{Lanes: 1, LaneHold: time.Minute}, false)
	har := sampleHAR(t)
	finish, slow := slowUpload(r.url, har)
	waitFor(t, func() bool { return len(r.srv.lanes) == 1 })
	fast := postAsync(r.url, bytes.NewReader(har))
	select {
	case st := <-fast:
		t.Fatalf("an upload was received while the only lane was held (status %d)", st)
	case <-time.After(300 * time.Millisecond):
	}
	finish()
	if st := <-slow; st != 200 {
		t.Errorf("the upload holding the lane ended with %d", st)
	}
	if st := <-fast; st != 200 {
		t.Errorf("the upload that waited ended with %d", st)
	}
	waitFor(t, func() bool { return len(r.srv.lanes) == 0 })
}

// TestLaneHoldReleases: an upload that has not arrived LaneHold after it
// got its lane gives the lane up, so a slow client delays the others by
// LaneHold at most; it is still received and answered.
func TestLaneHoldReleases(t *testing.T) {
	r := start(t, Config{Lanes: 1, LaneHold: 200 * time.Millisecond}, false)
	har := sampleHAR(t)
	finish, slow := slowUpload(r.url, har)
	waitFor(t, func() bool { return len(r.srv.lanes) == 1 })
	select {
	case st := <-postAsync(r.url, bytes.NewReader(har)):
		if st != 200 {
			t.Errorf("the upload behind the slow one ended with %d", st)
		}
	case <-time.After(30 * time.Second):
		t.Fatal("an upload behind a slow one waited for it to finish")
	}
	if len(r.srv.lanes) != 0 {
		t.Error("the slow upload still holds its lane after LaneHold")
	}
	finish()
	if st := <-slow; st != 200 {
		t.Errorf("the slow upload ended with %d", st)
	}
}

// TestSpooledWhenStreamsFull: with every stream taken, an upload is
// spooled whole and then sanitized, with the same output as the CLI's and
// the same refusals.
func TestSpooledWhenStreamsFull(t *testing.T) {
	r := start(t, Config{Lanes: 2, Streams: 1, LaneHold: time.Minute}, false)
	har := sampleHAR(t)
	finish, slow := slowUpload(r.url, har)
	waitFor(t, func() bool { return len(r.srv.streams) == 1 })
	res, got := post(t, r.url+"/v1/sanitize", bytes.NewReader(har))
	if res.StatusCode != 200 {
		t.Fatalf("spooled: status %d: %s", res.StatusCode, got)
	}
	if !bytes.Equal(normalize(got), normalize(cliSanitize(t, har))) {
		t.Error("spooled: the output differs from the CLI's")
	}
	res, got = post(t, r.url+"/v1/sanitize", bytes.NewReader(har[:len(har)/2]))
	checkError(t, res, got, 400, codeMalformed, "")
	res, got = post(t, r.url+"/v1/sanitize", bytes.NewReader(make([]byte, 2<<20)), "Content-Length", "")
	if res.StatusCode != 400 {
		t.Errorf("spooled, not JSON: status %d: %s", res.StatusCode, got)
	}
	if len(r.srv.streams) != 1 {
		t.Error("a spooled upload took a stream")
	}
	finish()
	if st := <-slow; st != 200 {
		t.Errorf("the streamed upload ended with %d", st)
	}
}
