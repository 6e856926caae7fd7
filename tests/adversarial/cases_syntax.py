"""Odd JSON syntax: every error must carry a reason, line and column."""
import sys
sys.path.insert(0, __import__("os").path.dirname(__file__))
from harness import *
cases = {"lone-close": "]", "no-colon": '{"a" 1}', "no-value": '{"a":}', "lead-comma": "{,}", "arr-no-comma": "[1 2]",
         "short-u": '{"a":"\\u12"}', "bad-u": '{"a":"\\uZZZZ"}', "bs-end": '{"a":"\\', "tru": "tru", "nul": "nul",
         "minus": "-", "minus-a": "-a", "1e": "1e", "1e+": "1e+", "0.": "0.", ".0": ".0", "1.e5": "1.e5", "--1": "--1",
         "extra-close": '{"a":1}}', "reversed-pair": '{"a":"\\udc00\\ud800"}', "num-key": "{1:2}", "single-q": "{'a':1}",
         "unquoted-key": "{a:1}", "tab-in-string": '{"a":"x\ty"}', "del-in-string": '{"a":"x\x7fy"}', "nbsp-key": '{"a\u00a0":1}',
         "vt-ws": '{\x0b"a":1}', "ff-ws": '{\x0c"a":1}', "u2028-ws": '{\u2028"a":1}', "inf": "[Infinity]", "neg-inf": "[-Infinity]",
         "nan-lower": "[nan]", "hash-comment": "# x\n{}", "block-unclosed": "/* x", "slash": "/", "bom-middle": '{"a":\ufeff1}',
         "emoji-key": '{"\U0001F600":1}', "huge-int": "[" + "9" * 400 + "]", "neg-zero-exp": "[-0e-0]", "empty-key": '{"":1}',
         "deep-mixed": '{"a":[{"b":[{"c":' * 10 + "1" + "}]}]" * 10 + "}",
         "crlf-err": '{\r\n"format": "ldn-pipeline/1"\r\n"nodes": []}', "cr-err": '{\r"format": "ldn-pipeline/1"\r"nodes": []}',
         "tab-col": '{\t\t"a" 1}', "wide-col": '{"\U0001F600\U0001F600":1 2}'}
for n, c in cases.items():
    r = run("s-" + n, ["validate", casefile("s-" + n, c)], expect=1, slow=10)
    msg = r["err"].strip()
    if "syntax error" in msg and (msg.endswith("syntax error:") or "syntax error:  " in msg):
        print("    ** empty reason")
