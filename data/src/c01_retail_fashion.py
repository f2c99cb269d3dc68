# Compliant: fashion, footwear, jewelry, eyewear, accessories.
DATA = r"""
@ vertical=retail_fashion lang=en
Summer Linen Shirts | Breathable, relaxed-fit linen in 12 colors. From $34. Free returns within 30 days.
Denim That Actually Fits | Tell us your height and hip size, we'll match you to the right cut. Try 3 pairs at home, pay for the one you keep.
~Jeans Fit Finder | Answer 4 quick questions and get jeans matched to your body. Home try-on, free returns.
End of Season Sale: Up to 50% Off | Coats, knitwear and boots from Harlow & Finch. Sale ends Sunday at midnight.
Wool Coats for Real Winters | Our Ashby overcoat is 80% recycled wool and lined for -10°C. Now $189, was $260.
New Arrivals at Marlo | Fresh prints, easy dresses and the sandals you'll wear all summer. Shop the drop.
Organic Cotton Tees, 3 for $45 | Soft, pre-shrunk and GOTS-certified. Mix and match 9 colors.
Plus-Size Workwear | Tailored blazers and trousers in sizes 14-32. Designed by women who wear them.
Back to School Uniform Shop | Polos, skirts and trousers for Greenfield district schools. Order online, pick up in store.
Rain Jacket, Packs Into Its Pocket | Fully waterproof, 240 grams, taped seams. The only jacket you need in your daypack.
Kids' Snow Boots 30% Off | Warm to -25°C, easy velcro straps, sizes toddler 5 to youth 6.
Cashmere Under $100 | Grade-A Mongolian cashmere crewnecks for $98. Ethically sourced, responsibly priced.
Your Closet, Rented | Borrow designer dresses for weddings and galas from $39. Dry cleaning included.
Men's Chinos in 4 Fits | Slim, straight, relaxed, athletic. Stretch cotton twill. Buy 2 save 20%.
Vintage Band Tees | Hand-picked originals from the 80s and 90s. New pieces every Thursday at 6pm.
Bridesmaid Dresses in 40 Shades | Order swatches for free, then mix lengths and necklines for your whole party.
Tailoring Included | Every suit from Whitcombe comes with free hem and sleeve alterations at any of our 14 stores.
Socks With Personality | Bold patterns, combed cotton, reinforced heels. Subscribe and get a fresh pair every month.
Maternity Jeans That Grow With You | Over-bump and under-bump styles, sizes 0-24. Free exchanges if your size changes.
Flash Sale: Puffer Vests $29 | Today only on the Nordvik app. While stock lasts.
Tall Women's Clothing | Inseams up to 38". Sleeves that reach your wrists. Finally.
Adaptive Clothing | Magnetic closures and seated-fit trousers designed with wheelchair users. Shop the Ease collection.
Graphic Hoodies | Heavyweight 400gsm fleece, boxy fit, printed in Portland.
Workwear Built Tough | Double-knee canvas pants and chore coats that take a beating on the job site.
Linen Sets for Vacation | Matching shirt and shorts sets, $79 a set. Ships in 2 days.
Sustainable Swimwear | Made from regenerated ocean nylon. UPF 50+. Sizes XS-3XL.
Shop the Lookbook | Six outfits, one capsule wardrobe. See how 15 pieces make 40 looks.
Free Shipping Over $50 | On everything at Corrie Lane, including sale. No code needed.
Uniforms for Healthcare Teams | Scrubs in 20 colors with 11 pockets, antimicrobial finish, bulk discounts for clinics.
Winter Accessories Bundle | Beanie, scarf and gloves in merino, $59 for the set. Gift-ready box.
Spring Trench Coats | Water-resistant cotton gabardine with a removable liner. Three lengths.
Petite Fit Guide | Proportions re-cut for 5'4" and under. Trousers, dresses and blazers.
Student Discount 15% | Verify with UNiDAYS and save on all full-price styles at Loomhaus.
Pajamas You'll Live In | Brushed cotton flannel sets for the whole family. Matching dog bandana included.
Designer Outlet Weekend | Extra 20% off already-reduced prices at Riverside Outlet Village, Fri-Sun.
@ vertical=footwear lang=en
Run Further, Hurt Less | The Cadence 3 running shoe: 8mm drop, responsive foam, 2,000-mile tested. $129.
~Meet Cadence 3 | Lightweight daily trainer with a rocker sole. Try it for 30 days on real roads.
Wide-Fit Shoes | Extra-wide widths in 2E and 4E for men and women. Comfort without compromise.
Leather Boots, Resoled for Life | Send your Fenwick boots back anytime and we'll resole them at cost.
Hiking Boots Sale | Waterproof mids and lows 25% off through Monday. Vibram outsoles.
White Sneakers, Done Right | Italian leather, Margom soles, $145. The minimalist pair you'll wear daily.
Kids' Light-Up Sneakers | Velcro straps, rechargeable lights, sizes 5-13. Buy one get one half off.
Nurses Love These Clogs | Slip-resistant, easy to clean, all-day support for 12-hour shifts.
Sandal Season | Cork footbeds mold to your feet. 18 colors, from $59.
Dress Shoes for Weddings | Oxfords and loafers in tan, black and burgundy. Free shipping both ways.
Barefoot Shoes | Zero drop, wide toe box, flexible sole. Feel the ground again.
Skate Shoes Restock | Suede uppers, vulcanized soles, reinforced ollie zones. Back in all sizes.
@ vertical=jewelry lang=en
Lab-Grown Diamond Rings | Same sparkle, 60% less cost. IGI-certified, conflict-free. Book a virtual consultation.
Personalized Name Necklaces | Gold vermeil, any name up to 10 letters. Ships in 3 days.
Engagement Ring Financing Not Needed | Prices start at $890 for 14k solitaires. Free resizing for life.
Birthstone Stacking Rings | Pick a stone for each kid or grandkid. Sterling silver, $32 each.
Watch Repair by Mail | Battery swaps, crystal replacement and servicing for mechanical watches. Insured shipping.
Mother's Day Jewelry | Engraved lockets and pendants. Order by May 5 for delivery in time.
Pearl Studs, $49 | Freshwater pearls on 14k gold posts. Classic gift, gift box included.
Men's Signet Rings | Solid sterling silver with custom engraving. Family crests, initials, dates.
Handmade in Santa Fe | Turquoise and silver pieces made by our family workshop since 1978.
Jewelry Cleaning, Free | Bring your rings to any Orrin Jewelers location for a free ultrasonic clean and prong check.
@ vertical=eyewear lang=en
Glasses From $95, Lenses Included | Prescription glasses with anti-glare coating. Try 5 frames at home for free.
~Try 5 Frames at Home | Pick five frames, wear them for five days, return them free. Glasses from $95.
Blue-Light Lenses Add-On | Add to any frame for $30. Upload your prescription in minutes.
Eye Exams Every Saturday | Walk-ins welcome at ClearView Optical, Main Street. Most insurance accepted.
Polarized Sunglasses | Cut glare on the water. Floating frames for anglers and boaters.
Contact Lenses Delivered | Your brand, your prescription, auto-refill every 90 days. Free shipping.
Kids' Flexible Frames | Bendable, nearly unbreakable frames for kids aged 3-12. One-year breakage warranty.
@ vertical=accessories lang=en
Carry-All Tote | Waxed canvas, leather handles, laptop sleeve. Built to last 20 years.
Minimalist Wallets | Holds 12 cards and cash, RFID-blocking, 6mm thin. $39.
Belts Made to Measure | Full-grain leather cut to your waist size. Brass or nickel buckles.
Silk Scarves | Hand-rolled edges, prints designed by independent artists. 90x90 cm.
Backpacks for Commuters | Waterproof roll-top, 20L, padded 16" laptop compartment. 10-year warranty.
Sun Hats With UPF 50 | Packable wide-brim hats that hold their shape. Women's and men's.
Umbrella That Won't Flip | Wind-tested to 60 mph. Lifetime replacement if it ever turns inside out.
Leather Care Kit | Conditioner, cleaner and brush for bags and shoes. $24.
"""
