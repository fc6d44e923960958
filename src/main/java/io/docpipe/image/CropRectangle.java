package io.docpipe.image;

import io.docpipe.error.InvalidOptionException;

/** The {@code crop} option: a rectangle in pixels from the top-left corner of the image. */
record CropRectangle(int x, int y, int width, int height) {

    /**
     * Parses {@code x,y,width,height}, such as {@code 10,20,300,200}.
     *
     * @throws InvalidOptionException unless there are four integers with x and y at least 0 and
     *     width and height at least 1
     */
    static CropRectangle parse(String value, String operationName) {
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw invalid(value, operationName);
        }
        int[] numbers = new int[4];
        for (int i = 0; i < 4; i++) {
            try {
                numbers[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw invalid(value, operationName);
            }
        }
        if (numbers[0] < 0 || numbers[1] < 0 || numbers[2] < 1 || numbers[3] < 1) {
            throw invalid(value, operationName);
        }
        return new CropRectangle(numbers[0], numbers[1], numbers[2], numbers[3]);
    }

    /** Returns whether the rectangle lies wholly inside an image of the given size. */
    boolean fitsWithin(int imageWidth, int imageHeight) {
        return (long) x + width <= imageWidth && (long) y + height <= imageHeight;
    }

    @Override
    public String toString() {
        return x + "," + y + "," + width + "," + height;
    }

    private static InvalidOptionException invalid(String value, String operationName) {
        return new InvalidOptionException("Invalid value '" + value + "' for option 'crop' of operation '"
                + operationName + "'; expected x,y,width,height in pixels, such as 10,20,300,200, with x and y"
                + " at least 0 and width and height at least 1");
    }
}
