from workbench.build._worker import process_one
from workbench.ingest import discover, read_file

from ..conftest import write


def test_bytes_replaced_in_decoding_are_repair_rows(tmp_path):
    text = "Министр заявил, что новый мост через реку откроют весной, сообщили чиновники.\n\n" * 6
    data = text.encode()
    cut = data.index(b" ", len(data) // 2)
    path = write(tmp_path, "a.txt", data[:cut] + b"\xff" + data[cut:])
    src = read_file(discover(path)[0]).sources[0]
    assert src.replaced == ("\\xff",)
    out = process_one(src)
    reps = out["repairs"]
    rows = [dict(zip(reps, values)) for values in zip(*reps.values())]
    decoding = [r for r in rows if r["kind"] == "decoding"]
    assert len(decoding) == 1 and decoding[0]["before"] == "\\xff" and decoding[0]["after"] == "\ufffd"
    raw = dict(zip(out["blocks"]["block_id"], out["blocks"]["raw"]))[decoding[0]["block_id"]]
    assert raw[decoding[0]["start"] : decoding[0]["end"]] == "\ufffd"
