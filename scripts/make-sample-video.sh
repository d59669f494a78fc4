#!/usr/bin/env bash
# Regenerates public/simulator/sample.mp4: the finished video the built-in Kling
# simulator returns. The MP4 is committed to the repo; ffmpeg (e.g. `apt-get install -y ffmpeg`)
# is only needed if you want to regenerate it.
#
# 5 s, 24 fps, 640x360, H.264 main profile, yuv420p, no audio, faststart.
# Motion: a slow zoom-in drifting right over public/samples/harbour.jpg
# (upscaled first so zoompan's integer crop offsets don't jitter).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p public/simulator

ffmpeg -y -hide_banner -loglevel error \
  -i public/samples/harbour.jpg \
  -vf "scale=5120:2880:flags=lanczos,zoompan=z='1+0.15*on/119':x='(iw-iw/zoom)*(0.35+0.3*on/119)':y='(ih-ih/zoom)*0.55':d=120:s=640x360:fps=24,format=yuv420p" \
  -frames:v 120 -r 24 \
  -c:v libx264 -profile:v main -level 3.0 -preset slow -crf 24 -pix_fmt yuv420p \
  -an -map_metadata -1 -fflags +bitexact -flags:v +bitexact \
  -movflags +faststart \
  public/simulator/sample.mp4

ls -l public/simulator/sample.mp4
