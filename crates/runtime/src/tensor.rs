//! Host tensors: the one currency between callers, the batcher and the engines.
//!
//! A tensor is a dense row-major array with a shape and one of a few element types. The batcher stacks
//! the tensors of many requests along axis 0 (padding the other axes with zeros up to the longest) and
//! splits the engine's outputs back into per-request rows.

use serde::{Deserialize, Serialize};

use crate::{Error, Result};

/// Element types the engines and the APIs exchange.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DType {
    F32,
    I64,
    I32,
    U8,
    I8,
}

impl DType {
    /// The name the KServe v2 protocol uses for this type.
    pub fn kserve_name(self) -> &'static str {
        match self {
            DType::F32 => "FP32",
            DType::I64 => "INT64",
            DType::I32 => "INT32",
            DType::U8 => "UINT8",
            DType::I8 => "INT8",
        }
    }

    /// Size of one element in bytes.
    pub fn size(self) -> usize {
        match self {
            DType::F32 | DType::I32 => 4,
            DType::I64 => 8,
            DType::U8 | DType::I8 => 1,
        }
    }
}

/// The elements of a tensor, row-major.
#[derive(Clone, Debug, PartialEq)]
pub enum TensorData {
    F32(Vec<f32>),
    I64(Vec<i64>),
    I32(Vec<i32>),
    U8(Vec<u8>),
    I8(Vec<i8>),
}

/// Runs `$body` with `$v` bound to the inner vector of any `TensorData` variant.
macro_rules! with_data {
    ($data:expr, $v:ident => $body:expr) => {
        match $data {
            TensorData::F32($v) => $body,
            TensorData::I64($v) => $body,
            TensorData::I32($v) => $body,
            TensorData::U8($v) => $body,
            TensorData::I8($v) => $body,
        }
    };
}

/// Like `with_data!`, but rebuilds the same variant from the body's vector.
macro_rules! map_data {
    ($data:expr, $v:ident => $body:expr) => {
        match $data {
            TensorData::F32($v) => TensorData::F32($body),
            TensorData::I64($v) => TensorData::I64($body),
            TensorData::I32($v) => TensorData::I32($body),
            TensorData::U8($v) => TensorData::U8($body),
            TensorData::I8($v) => TensorData::I8($body),
        }
    };
}

impl TensorData {
    pub fn len(&self) -> usize {
        with_data!(self, v => v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn dtype(&self) -> DType {
        match self {
            TensorData::F32(_) => DType::F32,
            TensorData::I64(_) => DType::I64,
            TensorData::I32(_) => DType::I32,
            TensorData::U8(_) => DType::U8,
            TensorData::I8(_) => DType::I8,
        }
    }

    fn empty_like(&self, capacity: usize) -> TensorData {
        map_data!(self, _v => Vec::with_capacity(capacity))
    }
}

/// A dense row-major tensor.
#[derive(Clone, Debug, PartialEq)]
pub struct Tensor {
    shape: Vec<usize>,
    data: TensorData,
}

impl Tensor {
    /// Builds a tensor, checking that the number of elements matches the shape.
    pub fn new(shape: Vec<usize>, data: TensorData) -> Result<Self> {
        let expected: usize = shape.iter().product();
        if expected != data.len() {
            return Err(Error::InvalidInput(format!(
                "a tensor of shape {shape:?} needs {expected} elements, got {}",
                data.len()
            )));
        }
        Ok(Tensor { shape, data })
    }

    pub fn f32(shape: Vec<usize>, data: Vec<f32>) -> Result<Self> {
        Self::new(shape, TensorData::F32(data))
    }

    pub fn i64(shape: Vec<usize>, data: Vec<i64>) -> Result<Self> {
        Self::new(shape, TensorData::I64(data))
    }

    pub fn shape(&self) -> &[usize] {
        &self.shape
    }

    pub fn data(&self) -> &TensorData {
        &self.data
    }

    pub fn into_data(self) -> TensorData {
        self.data
    }

    pub fn dtype(&self) -> DType {
        self.data.dtype()
    }

    pub fn len(&self) -> usize {
        self.data.len()
    }

    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// The elements as `f32`, if that is the element type.
    pub fn as_f32(&self) -> Option<&[f32]> {
        match &self.data {
            TensorData::F32(v) => Some(v),
            _ => None,
        }
    }

    /// The elements as `i64`, if that is the element type.
    pub fn as_i64(&self) -> Option<&[i64]> {
        match &self.data {
            TensorData::I64(v) => Some(v),
            _ => None,
        }
    }

    /// Number of rows along axis 0 (1 for a scalar).
    pub fn rows(&self) -> usize {
        self.shape.first().copied().unwrap_or(1)
    }

    /// Stacks tensors along axis 0. Every part must have the same rank and element type; axes after
    /// the first are padded with zeros up to the largest extent among the parts, so sequences of
    /// different lengths can share one batch.
    pub fn stack_padded(parts: &[&Tensor]) -> Result<Tensor> {
        let first = parts.first().ok_or_else(|| Error::InvalidInput("nothing to stack".into()))?;
        let rank = first.shape.len();
        if rank == 0 {
            return Err(Error::InvalidInput("cannot stack scalars".into()));
        }
        let mut target = first.shape.clone();
        target[0] = 0;
        for part in parts {
            if part.shape.len() != rank || part.dtype() != first.dtype() {
                return Err(Error::InvalidInput(format!(
                    "cannot batch a {:?} tensor of shape {:?} with a {:?} tensor of shape {:?}",
                    part.dtype(),
                    part.shape,
                    first.dtype(),
                    first.shape
                )));
            }
            target[0] += part.shape[0];
            for (t, &p) in target.iter_mut().zip(&part.shape).skip(1) {
                *t = (*t).max(p);
            }
        }
        let total: usize = target.iter().product();
        let mut out = first.data.empty_like(total);
        for part in parts {
            append_padded(&mut out, part, &target[1..]);
        }
        Tensor::new(target, out)
    }

    /// Splits along axis 0 into consecutive pieces of `counts` rows each.
    pub fn split_rows(&self, counts: &[usize]) -> Result<Vec<Tensor>> {
        let total: usize = counts.iter().sum();
        if self.shape.is_empty() || total != self.shape[0] {
            return Err(Error::InvalidInput(format!(
                "cannot split a tensor of shape {:?} into {total} rows",
                self.shape
            )));
        }
        let row: usize = self.shape[1..].iter().product();
        let mut start = 0;
        let mut pieces = Vec::with_capacity(counts.len());
        for &n in counts {
            let mut shape = self.shape.clone();
            shape[0] = n;
            let range = start * row..(start + n) * row;
            let data = map_data!(&self.data, v => v[range.clone()].to_vec());
            pieces.push(Tensor { shape, data });
            start += n;
        }
        Ok(pieces)
    }
}

/// Cosine similarity of two vectors, computed in `f64`.
pub fn cosine(a: &[f32], b: &[f32]) -> f64 {
    let dot: f64 = a.iter().zip(b).map(|(x, y)| *x as f64 * *y as f64).sum();
    let na: f64 = a.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
    let nb: f64 = b.iter().map(|x| (*x as f64).powi(2)).sum::<f64>().sqrt();
    dot / (na * nb).max(1e-300)
}

/// Appends `part` to `out`, padding each row of `part` (its axes after the first) to `inner` with zeros.
fn append_padded(out: &mut TensorData, part: &Tensor, inner: &[usize]) {
    fn copy<T: Copy + Default>(out: &mut Vec<T>, src: &[T], shape: &[usize], inner: &[usize]) {
        if shape.is_empty() {
            out.extend_from_slice(src);
            return;
        }
        if shape == inner {
            out.extend_from_slice(src);
            return;
        }
        let src_stride: usize = shape[1..].iter().product();
        let dst_stride: usize = inner[1..].iter().product();
        for i in 0..inner[0] {
            if i < shape[0] {
                copy(out, &src[i * src_stride..(i + 1) * src_stride], &shape[1..], &inner[1..]);
            } else {
                out.extend(std::iter::repeat_n(T::default(), dst_stride));
            }
        }
    }
    let rows = part.shape[0];
    let src_row: usize = part.shape[1..].iter().product();
    macro_rules! rows {
        ($out:ident, $src:ident) => {
            for r in 0..rows {
                copy($out, &$src[r * src_row..(r + 1) * src_row], &part.shape[1..], inner);
            }
        };
    }
    match (out, &part.data) {
        (TensorData::F32(o), TensorData::F32(s)) => rows!(o, s),
        (TensorData::I64(o), TensorData::I64(s)) => rows!(o, s),
        (TensorData::I32(o), TensorData::I32(s)) => rows!(o, s),
        (TensorData::U8(o), TensorData::U8(s)) => rows!(o, s),
        (TensorData::I8(o), TensorData::I8(s)) => rows!(o, s),
        // stack_padded checked that every part has the first part's type.
        _ => unreachable!("element types checked by stack_padded"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stack_pads_shorter_sequences_with_zeros() {
        let a = Tensor::i64(vec![1, 3], vec![1, 2, 3]).unwrap();
        let b = Tensor::i64(vec![2, 1], vec![7, 8]).unwrap();
        let s = Tensor::stack_padded(&[&a, &b]).unwrap();
        assert_eq!(s.shape(), &[3, 3]);
        assert_eq!(s.as_i64().unwrap(), &[1, 2, 3, 7, 0, 0, 8, 0, 0]);
    }

    #[test]
    fn stack_pads_inner_axes_of_rank_three() {
        let a = Tensor::f32(vec![1, 1, 2], vec![1.0, 2.0]).unwrap();
        let b = Tensor::f32(vec![1, 2, 1], vec![3.0, 4.0]).unwrap();
        let s = Tensor::stack_padded(&[&a, &b]).unwrap();
        assert_eq!(s.shape(), &[2, 2, 2]);
        assert_eq!(s.as_f32().unwrap(), &[1.0, 2.0, 0.0, 0.0, 3.0, 0.0, 4.0, 0.0]);
    }

    #[test]
    fn split_returns_rows_in_order() {
        let t = Tensor::f32(vec![3, 2], vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]).unwrap();
        let parts = t.split_rows(&[2, 1]).unwrap();
        assert_eq!(parts[0].shape(), &[2, 2]);
        assert_eq!(parts[1].as_f32().unwrap(), &[5.0, 6.0]);
        assert!(t.split_rows(&[1, 1]).is_err());
    }

    #[test]
    fn mismatched_types_and_sizes_are_refused() {
        assert!(Tensor::f32(vec![2, 2], vec![1.0]).is_err());
        let a = Tensor::f32(vec![1, 1], vec![1.0]).unwrap();
        let b = Tensor::i64(vec![1, 1], vec![1]).unwrap();
        assert!(Tensor::stack_padded(&[&a, &b]).is_err());
    }
}
