"""Where the samples under one frame go, from `perf script` output (leaf-first stacks).

usage: perf script -i X.data | python3 frames.py PATTERN [DEPTH]

Prints the share of all samples whose stack contains a frame matching PATTERN (a regex), then the share per callee
path of DEPTH frames below that frame (0 = just the total). JIT frames are named through the perf map that
DOTNET_PerfMapEnabled=1 writes (and DOTNET_EnableWriteXorExecute=0 so perf can attribute them).
"""
import sys, re, collections, signal
signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # output piped into head
pat = re.compile(sys.argv[1]); depth = int(sys.argv[2]) if len(sys.argv) > 2 else 1
total = 0; hits = 0; kids = collections.Counter()
stack = []
def flush():
    global total, hits
    if not stack: return
    total += 1
    # stack is leaf-first
    for i, f in enumerate(stack):
        if pat.search(f):
            hits += 1
            path = []
            for j in range(i-1, max(i-1-depth, -1), -1):
                path.append(short(stack[j]))
            kids[' > '.join(path) if path else '(self)'] += 1
            break
def short(f):
    f = re.sub(r'^\s*[0-9a-f]+\s+', '', f)
    f = re.sub(r'\(.*', '', f)
    f = re.sub(r'\[[^\]]*\]\s*', '', f)
    f = re.sub(r'^(instance |class |valuetype |bool |void |string |int32 )+', '', f)
    return f.strip()[:140]
for line in sys.stdin:
    if not line.strip():
        flush(); stack = []; continue
    if line.startswith((' ', '\t')): stack.append(line.strip())
flush()
print(f"samples {total}, with pattern {hits} ({100*hits/total:.1f}%)")
for k, v in kids.most_common(25): print(f"{100*v/total:6.2f}%  {k}")
