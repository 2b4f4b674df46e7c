#!/usr/bin/env bash
# Regenerates every icon file from wa-contacts.svg:
#   assets/icon/wa-contacts-<size>.png   16 … 1024 (Linux desktop sizes; 1024 for macOS Retina)
#   assets/icon/wa-contacts.ico          Windows (16, 24, 32, 48, 64, 128, 256 in one file)
#   assets/icon/wa-contacts.icns         macOS (16 … 1024)
#   src/main/resources/id/wacontacts/ui/icon-<size>.png   window icons (16 … 256)
# Needs rsvg-convert (Debian: librsvg2-bin), ImageMagick (imagemagick) for the .ico and
# png2icns (icnsutils) for the .icns. Run from anywhere; commit the results.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
svg=$here/wa-contacts.svg
ui=$root/src/main/resources/id/wacontacts/ui

for tool in rsvg-convert png2icns; do
  command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install librsvg2-bin icnsutils)" >&2; exit 1; }
done
# ImageMagick's own convert (a stand-in of the same name may come first on PATH).
magick=/usr/bin/convert
[[ -x $magick ]] || { echo "missing ImageMagick (apt-get install imagemagick)" >&2; exit 1; }

for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --format png --output "$here/wa-contacts-$size.png" "$svg"
done

# Windows: one .ico with every size the shell asks for (256 is stored PNG-compressed).
"$magick" "$here"/wa-contacts-{16,24,32,48,64,128,256}.png "$here/wa-contacts.ico"

# macOS: png2icns picks the icon type from each PNG's size (ic04 … ic10).
png2icns "$here/wa-contacts.icns" "$here"/wa-contacts-{16,32,48,128,256,512,1024}.png >/dev/null

# Window icons: JavaFX picks the best size for the title bar, task bar and Alt+Tab.
for size in 16 32 48 64 128 256; do
  cp "$here/wa-contacts-$size.png" "$ui/icon-$size.png"
done
echo "icons written to $here and $ui"
