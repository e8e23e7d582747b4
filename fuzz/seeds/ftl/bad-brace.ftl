error-invalid = x { $a } { $b }
share-top = }
