"""Frame times per screen under the dummy video driver, beside the floor; and the idle CPU share.

    python benchmarks/frames.py [--frames 400] [--idle 10] [--venster 1280x720]

A frame here is what the game does when something changed: update + draw of the visible scenes + flip, in a
window of the given size (scenes draw at the window's real resolution). The floor is fill + flip of an empty
window of that size, measured in the same run. Targets: p99 <= 4 ms; an idle static screen <= 2 % of one core.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pygame  # noqa: E402

from simulator.ui.screenshot import SCREENS, _library, prepared  # noqa: E402


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    s = sorted(samples)
    pick = lambda q: s[min(len(s) - 1, int(round(q * (len(s) - 1))))]  # noqa: E731
    return pick(0.50) * 1000, pick(0.95) * 1000, pick(0.99) * 1000


def floor(frames: int) -> list[float]:
    window = pygame.display.get_surface()
    out = []
    for i in range(frames):
        t0 = time.perf_counter()
        window.fill((i % 255, 0, 0))
        pygame.display.flip()
        out.append(time.perf_counter() - t0)
    return out


def screen_frames(app, frames: int, cpu: list[float] | None = None) -> list[float]:
    """Wall time per frame; with `cpu`, also this thread's CPU time per frame (what the frame costs, without the
    time the machine spent on other programs: on a busy machine the wall p99 is mostly waiting)."""
    out = []
    for _ in range(frames):
        t0, c0 = time.perf_counter(), time.thread_time()
        top = app.stack.top
        top.update(1 / 60, [])
        for scene in app.stack.visible():
            scene.dirty = True
        app.render()
        out.append(time.perf_counter() - t0)
        if cpu is not None:
            cpu.append(time.thread_time() - c0)
    return out


def idle_share(app, seconds: float) -> float:
    app.render()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    while time.perf_counter() - wall0 < seconds:
        app.tick(block=True)
    return (time.process_time() - cpu0) / (time.perf_counter() - wall0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frames", type=int, default=400)
    parser.add_argument("--idle", type=float, default=10.0, help="seconds of idle measurement")
    parser.add_argument("--venster", default="1280x720", help="window size, e.g. 1920x1080")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.venster.lower().split("x"))
    library = _library()
    print(f"venster {width}x{height}")
    print(f"{'scherm':<14}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}   {'vloer p50/p95/p99 ms':>22}")
    worst = 0.0
    cpu_lines = []
    for scherm in SCREENS:
        with prepared(scherm, width, height, library=library) as pilot:
            app = pilot.app
            screen_frames(app, 30)  # warm caches, as after the first frame on screen
            cpu: list[float] = []
            measured = screen_frames(app, args.frames, cpu)
            base = floor(args.frames)
            p = percentiles(measured)
            f = percentiles(base)
            c = percentiles(cpu)
            worst = max(worst, p[2])
            print(f"{scherm:<14}{p[0]:>9.2f}{p[1]:>9.2f}{p[2]:>9.2f}   {f[0]:>7.2f}/{f[1]:.2f}/{f[2]:.2f}")
            cpu_lines.append(f"  {scherm}: {c[0]:.2f}/{c[1]:.2f}/{c[2]:.2f}")
    print("\ncpu-tijd per beeld p50/p95/p99 ms (zonder wachten op andere programma's):")
    print("\n".join(cpu_lines))
    with prepared("home", width, height, library=library) as pilot:
        share = idle_share(pilot.app, args.idle)
    print(f"\nslechtste p99: {worst:.2f} ms (doel <= 4 ms): {'gehaald' if worst <= 4 else 'NIET gehaald'}")
    print(f"stilstaand scherm (home), {args.idle:.0f} s: {share * 100:.2f} % van een kern "
          f"(doel <= 2 %): {'gehaald' if share <= 0.02 else 'NIET gehaald'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
