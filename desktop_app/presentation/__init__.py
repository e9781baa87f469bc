"""The slide show without Qt: slides made from the pack, the show's state, the stopwatch."""
