"""Start-up time: from process start to the first drawn frame of the game, beside the floor
(python + import pygame + set_mode + flip), measured in the same run. Target: at most 2x the floor.

    python benchmarks/startup.py [--runs 7]

Each child prints a line the moment its first frame is flipped; the parent times from spawning it.
Both run under the dummy video driver with a fresh, empty saves folder.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

FLOOR = """
import pygame
pygame.display.init()
window = pygame.display.set_mode((1280, 720), pygame.RESIZABLE)
window.fill((244, 236, 222))
pygame.display.flip()
print("klaar", flush=True)
"""

# The game as `juwelier` starts it, up to its first frame (the start screen).
GAME = """
import sys
from simulator.cli import main
import simulator.ui.app as app_module
original = app_module.App.render
def render(self):
    original(self)
    if self.frames == 1:
        print("klaar", flush=True)
        sys.exit(0)
app_module.App.render = render
main([])
"""


def once(code: str, saves: str, pycache: str) -> float:
    # As an installed program starts: from compiled bytecode (kept in the temporary folder, not the checkout),
    # even when the shell says PYTHONDONTWRITEBYTECODE, which would time the compiler on every run.
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1",
               JUWELIER_SAVES=saves, PYTHONPATH=str(ROOT), PYTHONPYCACHEPREFIX=pycache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    t0 = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             env=env, cwd=ROOT, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - t0
    child.wait()
    if "klaar" not in line:
        raise SystemExit(f"child did not draw a frame (exit {child.returncode})")
    return elapsed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as saves, tempfile.TemporaryDirectory() as pycache:
        once(FLOOR, saves, pycache), once(GAME, saves, pycache)  # warm the OS file cache and compile
        floor, game = [], []
        for _ in range(args.runs):  # alternate, so a busy moment on the machine hits both alike
            floor.append(once(FLOOR, saves, pycache))
            game.append(once(GAME, saves, pycache))
    f, g = statistics.median(floor), statistics.median(game)
    print(f"vloer (python + import pygame + set_mode + flip): mediaan {f * 1000:.0f} ms")
    print(f"spel  (juwelier tot het eerste beeld):            mediaan {g * 1000:.0f} ms")
    print(f"verhouding: {g / f:.2f}x (doel <= 2x): {'gehaald' if g / f <= 2 else 'NIET gehaald'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
