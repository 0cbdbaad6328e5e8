// Write-behind for a bulk import: the importer hands valid rows over in batches and a thread of
// their own stores them, so that reading and checking the next rows overlaps writing the last
// ones. At most kBatchesInFlight batches exist at a time, so memory stays bounded whatever the
// input. A row that cannot be written stops the writer; the caller learns it from Failed() and
// decides what to do (the importer runs again without write-behind, row by row).
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "import/values.h"

namespace tuanthu::importing {

// Rows of one table, flattened: `columns` cells a row, the text of all cells in one buffer.
class RowBatch {
 public:
  struct Cell {
    TypedValue::Kind kind = TypedValue::Kind::kNull;
    int64_t integer = 0;
    double real = 0;
    size_t text_offset = 0;
    size_t text_size = 0;
  };

  void Clear(size_t columns);
  void Add(const std::vector<TypedValue>& values);
  size_t rows() const { return columns_ == 0 ? 0 : cells_.size() / columns_; }
  size_t columns() const { return columns_; }
  const Cell& cell(size_t row, size_t column) const { return cells_[row * columns_ + column]; }
  std::string_view text(const Cell& cell) const {
    return std::string_view(text_).substr(cell.text_offset, cell.text_size);
  }

 private:
  size_t columns_ = 0;
  std::vector<Cell> cells_;
  std::string text_;
};

class WriteBehind {
 public:
  static constexpr size_t kRowsPerBatch = 2048;
  static constexpr size_t kBatchesInFlight = 3;

  // `write` stores one batch, on the writer's thread; it throws to report a row it cannot store.
  explicit WriteBehind(std::function<void(const RowBatch&)> write);
  ~WriteBehind();  // finishes what was handed over, unless a write failed
  WriteBehind(const WriteBehind&) = delete;
  WriteBehind& operator=(const WriteBehind&) = delete;

  // Queues one row (copied). Blocks while kBatchesInFlight batches are full.
  void Add(const std::vector<TypedValue>& values);
  // Waits until every row queued so far is stored (or the writer has failed).
  void Flush();
  // Whether a write threw; the rows queued after it were dropped.
  bool Failed() const;

 private:
  void Hand(std::unique_ptr<RowBatch> batch);
  void Run();

  std::function<void(const RowBatch&)> write_;
  std::unique_ptr<RowBatch> filling_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<RowBatch>> queued_;
  std::vector<std::unique_ptr<RowBatch>> spare_;
  size_t batches_ = 0;  // allocated, at most kBatchesInFlight
  bool writing_ = false;
  // Written under mutex_; read without it by Failed(), which the importer asks after each row.
  std::atomic<bool> failed_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace tuanthu::importing
