//! The data set the components share, compared by identity.

use std::ops::Deref;
use std::rc::Rc;

use crate::core::model::Dataset;

/// The data set the views share. Two are equal when they are the same
/// allocation: a data set is never changed in place (another one is loaded
/// instead), so comparing two field by field, as an `Rc` of it does when
/// the pointers differ, would only cost code and time on every render.
#[derive(Clone, Debug)]
pub struct SharedDataset(Rc<Dataset>);

impl PartialEq for SharedDataset {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Deref for SharedDataset {
    type Target = Dataset;

    fn deref(&self) -> &Dataset {
        &self.0
    }
}

impl From<Dataset> for SharedDataset {
    fn from(dataset: Dataset) -> Self {
        SharedDataset(Rc::new(dataset))
    }
}
