//! HTML fragments → plain text plus the links they contain. (Being written.)
