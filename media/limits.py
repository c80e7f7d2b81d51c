"""Resource limits applied while identifying and processing media."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    """How much the media pipeline accepts and how big the derivatives are.

    ``max_bytes_*`` are per kind (``image``, ``audio``, ``video``, ``vector``); use
    :meth:`max_bytes` to look one up by kind.
    """

    max_pixels: int = 80_000_000
    max_audio_seconds: float = 1800
    max_video_seconds: float = 1200
    max_bytes_image: int = 50 * MB
    max_bytes_audio: int = 200 * MB
    max_bytes_video: int = 2 * 1024**3
    max_bytes_vector: int = 5 * MB
    video_max_side: int = 1280
    thumb_side: int = 320
    display_side: int = 1600
    job_timeout_seconds: float = 1800
    # Animated images and multi-page files: frames beyond this are refused, not decoded.
    max_frames: int = 1000
    # The looping MP4 made from an animated image stops after this many seconds.
    loop_max_seconds: float = 30
    # Expanded node count of an SVG once every <use> is resolved.
    max_svg_nodes: int = 200_000
    # Rasterising one SVG: wall clock and address space of the rendering process.
    vector_render_seconds: float = 30
    vector_render_bytes: int = 2 * 1024**3
    # Wall-clock budget for the header probe done while a file is being uploaded.
    sniff_timeout_seconds: float = 20

    def max_bytes(self, kind: str) -> int:
        """The size cap for one kind: ``image``, ``audio``, ``video`` or ``vector``."""
        return {
            "image": self.max_bytes_image,
            "audio": self.max_bytes_audio,
            "video": self.max_bytes_video,
            "vector": self.max_bytes_vector,
        }[kind]
