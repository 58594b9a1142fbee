# gdb script (scripts/startup-order): runs the program given to gdb with the arguments in
# $TRACE_ARGS, with a breakpoint at the entry of each of its own functions (listed in
# $TRACE_FUNCTIONS: "<hex address> <symbol>" per line, from nm), and writes to $TRACE_OUT the
# symbols of the functions that ran, in the order they first ran. Each breakpoint goes after its
# first hit, so that the program runs at nearly its speed after that.
import os

import gdb

first_calls = []
seen = set()


class FirstCall(gdb.Breakpoint):
    def __init__(self, address, symbols):
        super().__init__("*0x%x" % (load_base + address), internal=True)
        self.symbols = symbols

    def stop(self):
        for symbol in self.symbols:
            if symbol not in seen:
                seen.add(symbol)
                first_calls.append(symbol)
        self.enabled = False
        return False


gdb.execute("set pagination off")
gdb.execute("set confirm off")
gdb.execute("starti " + os.environ.get("TRACE_ARGS", ""))
# Where the program is loaded (a PIE program: nm's addresses are from there): its first mapping.
program = os.path.realpath(gdb.current_progspace().filename)
load_base = None
for line in gdb.execute("info proc mappings", to_string=True).splitlines():
    fields = line.split()
    if fields and fields[-1] == program and fields[0].startswith("0x"):
        load_base = int(fields[0], 16)
        break
if load_base is None:
    raise gdb.GdbError("trace-first-calls: cannot find where %s is loaded" % program)
by_address = {}
with open(os.environ["TRACE_FUNCTIONS"]) as functions:
    for line in functions:
        address, symbol = line.split()
        by_address.setdefault(int(address, 16), []).append(symbol)
for address, symbols in by_address.items():
    FirstCall(address, symbols)
gdb.execute("continue")
with open(os.environ["TRACE_OUT"], "w") as out:
    out.write("\n".join(first_calls) + "\n")
print("trace-first-calls: %d of %d functions ran" % (len(first_calls), len(by_address)))
