#include "import/write_behind.h"

#include <utility>

namespace tuanthu::importing {

void RowBatch::Clear(size_t columns) {
  columns_ = columns;
  cells_.clear();
  text_.clear();
}

void RowBatch::Add(const std::vector<TypedValue>& values) {
  for (const TypedValue& value : values) {
    Cell cell;
    cell.kind = value.kind;
    cell.integer = value.integer;
    cell.real = value.real;
    if (value.kind == TypedValue::Kind::kText) {
      cell.text_offset = text_.size();
      cell.text_size = value.text.size();
      text_ += value.text;
    }
    cells_.push_back(cell);
  }
}

WriteBehind::WriteBehind(std::function<void(const RowBatch&)> write)
    : write_(std::move(write)), thread_([this] { Run(); }) {}

WriteBehind::~WriteBehind() {
  if (filling_ && filling_->rows() > 0) Hand(std::move(filling_));
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  thread_.join();
}

void WriteBehind::Add(const std::vector<TypedValue>& values) {
  if (!filling_) {
    std::unique_lock<std::mutex> lock(mutex_);
    changed_.wait(lock, [&] { return !spare_.empty() || batches_ < kBatchesInFlight || failed_; });
    if (failed_) return;
    if (!spare_.empty()) {
      filling_ = std::move(spare_.back());
      spare_.pop_back();
    } else {
      filling_ = std::make_unique<RowBatch>();
      ++batches_;
    }
    filling_->Clear(values.size());
  }
  filling_->Add(values);
  if (filling_->rows() >= kRowsPerBatch) Hand(std::move(filling_));
}

void WriteBehind::Hand(std::unique_ptr<RowBatch> batch) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queued_.push_back(std::move(batch));
  }
  changed_.notify_all();
}

void WriteBehind::Flush() {
  if (filling_ && filling_->rows() > 0) Hand(std::move(filling_));
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait(lock, [&] { return (queued_.empty() && !writing_) || failed_; });
}

bool WriteBehind::Failed() const { return failed_; }

void WriteBehind::Run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return !queued_.empty() || stopping_; });
    if (queued_.empty()) return;
    std::unique_ptr<RowBatch> batch = std::move(queued_.front());
    queued_.pop_front();
    if (!failed_) {
      writing_ = true;
      lock.unlock();
      bool ok = true;
      try {
        write_(*batch);
      } catch (...) {
        ok = false;
      }
      lock.lock();
      writing_ = false;
      if (!ok) failed_ = true;
    }
    spare_.push_back(std::move(batch));
    changed_.notify_all();
  }
}

}  // namespace tuanthu::importing
