# Compliant: consumer electronics, computers, smart home, cameras, audio.
DATA = r"""
@ vertical=electronics lang=en
65" 4K HDR TV, $549 | Dolby Vision, 120Hz panel, built-in streaming apps. Free delivery and wall-mount setup.
Noise-Cancelling Headphones | 35-hour battery, adaptive ANC, multipoint Bluetooth. Now $179 at Voltmart.
~Quiet the Commute | Adaptive noise cancelling and 35 hours of playtime. Save $70 this week.
Refurbished Laptops, 1-Year Warranty | Certified refurbished ThinkPads and MacBooks from $289. Tested on 40 points.
Build Your Own Gaming PC | Pick your GPU, CPU and case, we assemble and stress-test it. Ships in 5 days.
Smart Thermostat | Learns your schedule and cuts heating bills. Works with Alexa and Google Home.
Trade In Your Old Phone | Get up to $400 credit toward a new phone at any Corelink store.
USB-C Hub, 8 Ports | HDMI 4K60, SD reader, 100W pass-through charging. Aluminum body. $45.
Mirrorless Camera Kit | 24MP APS-C sensor, 4K video, 18-55mm lens. Free 128GB card with purchase.
Robot Vacuum + Mop | Lidar navigation, self-emptying dock, maps every room. $399 this weekend.
Wireless Earbuds for Running | Secure ear hooks, IPX7 sweatproof, 9-hour battery.
Mechanical Keyboard | Hot-swappable switches, PBT keycaps, tri-mode wireless. Tactile or linear.
Home Security Camera 2-Pack | 2K night vision, local storage, no monthly fee required.
E-Reader With Warm Light | Glare-free 300ppi screen, weeks of battery, waterproof. $129.
Portable Power Station | 1,000Wh LiFePO4, powers a fridge for 15 hours. Solar-ready for camping and outages.
Soundbar With Dolby Atmos | Wireless subwoofer, voice enhancement, one-cable HDMI eARC setup.
Smartwatch for Kids | GPS location, SOS button, calls to approved contacts only. No social apps.
Repair, Don't Replace | Cracked screen? Battery dying? Same-day phone repair at FixPoint, 90-day warranty.
Curved Ultrawide Monitor | 34" WQHD, 144Hz, USB-C with 90W charging. Your desk, upgraded.
Drone With 4K Camera | Under 249g, 34-minute flight time, obstacle sensing. Beginner-friendly.
Smart Plugs, 4-Pack $24 | Schedule lamps and coffee makers from your phone. No hub needed.
Vinyl Turntable | Belt-drive, built-in preamp, Bluetooth out. Rediscover your records.
NAS for Home Backup | 2-bay network storage with automatic phone photo backup. Your files, your hardware.
Mesh Wi-Fi System | Cover 5,000 sq ft with three nodes. Setup in 10 minutes via the app.
Gaming Headset | 7.1 surround, detachable boom mic, memory-foam cushions. Works on PS5, Xbox and PC.
Graphics Tablet for Artists | 8192 pressure levels, tilt support, works with Krita and Photoshop.
Student Laptop Deals | Lightweight 14" laptops with all-day battery from $449. Extra 10% with student ID.
Electric Toothbrush | Pressure sensor, 4 modes, 30-day battery. Subscribe for heads at $4 each.
Dash Cam, Front and Rear | 1440p recording, parking mode, GPS. Peace of mind for every drive.
Projector for Movie Nights | 1080p, 300 ANSI lumens, built-in speaker. Turn any wall into a cinema.
Open-Box Deals | Like-new electronics at up to 35% off, full warranty. Updated daily at Voltmart.
Phone Cases That Survive Drops | Military-grade drop tested to 4 meters. MagSafe compatible.
Smart Doorbell | See who's there from anywhere. HD video, two-way talk, package detection.
Air Purifier With HEPA 13 | Cleans a 500 sq ft room in 12 minutes. Whisper-quiet sleep mode.
Label Printer for Small Business | Print shipping labels from any marketplace. Thermal, no ink needed.
Streaming Stick 4K | HDR10+, Dolby Atmos, voice remote. Just $39 during the Spring Event.
Kids' Tablet | 2-year worry-free guarantee, parental controls, 1 year of kids' content included.
Upgrade to an SSD | Swap your old hard drive for a 1TB NVMe SSD and boot in 8 seconds. Install guide included.
Bluetooth Speaker for the Beach | Floats, sand-proof, 20 hours of sound. Pairs with a second speaker for stereo.
Camera Rental | Rent cinema cameras, lenses and lighting by the day. Pickup in Brooklyn or delivery in NYC.
Power Banks | 20,000mAh, 65W USB-C, charges a laptop and phone at once. Airline-approved.
Smart Scale | Weight, body composition and trends synced to your phone. Works for the whole family.
Hi-Fi Speakers | Hand-built bookshelf speakers from Aldwick Audio. 60-day home audition.
Electronics Recycling Day | Drop off old TVs, laptops and batteries free at Civic Center parking lot, Saturday 9-2.
Video Doorbell Installation | Our techs install and configure your doorbell and cameras for $79 flat.
Fitness Tracker | Heart rate, sleep stages and SpO2 with 10-day battery. $59.
Office Printers for Teams | Laser MFPs with 3-year on-site service. Request a quote.
Car Stereo Upgrade | Wireless CarPlay and Android Auto head units installed in under 2 hours.
Electric Bike Lights | 1,200 lumen USB-C rechargeable front light with road-legal beam.
Audiophile DAC | Hi-res USB DAC and headphone amp, 32-bit/384kHz. Drives planar headphones with ease.
@ vertical=electronics lang=en
Black Friday Early Access | Members get doorbusters 48 hours early. Join free at Voltmart.
~Members Shop First | Early access to holiday deals, free 2-day shipping, price match. Join free.
Price Match Guarantee | Found it cheaper? We'll match any major retailer's advertised price.
Save $200 on OLED | The 55" Lumen OLED is $1,099 through Sunday. Perfect blacks, perfect for movie night.
Cyber Monday: 70% Off Accessories | Chargers, cables, cases and stands. Online only.
Need a New Phone? | Compare the latest models side by side and get expert advice in store or by chat.
Tech Support at Home | Wi-Fi problems, printer setup, new PC transfer. Visits from $59.
"""
